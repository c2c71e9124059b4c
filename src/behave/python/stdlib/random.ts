// Python's random module, bit for bit: CPython 3.11's Mersenne Twister, seeding from an int (or a
// str, as version 2 seeds do), and the same algorithms on top (randbelow by rejection, shuffle,
// sample, choices), so a suite seeded with random.seed(42) draws what it drew under behave.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { createHash, randomBytes } from 'node:crypto'
import { IndexError, TypeError_, ValueError } from '../errors.js'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'

const N = 624
const M = 397

class MersenneTwister {
  mt = new Uint32Array(N)
  index = N + 1

  initGenrand(seed: number): void {
    const mt = this.mt
    mt[0] = seed >>> 0
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0
    }
    this.index = N
  }

  initByArray(key: number[]): void {
    const mt = this.mt
    this.initGenrand(19650218)
    let i = 1
    let j = 0
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1664525)) >>> 0) + key[j]! + j
      i++
      j++
      if (i >= N) {
        mt[0] = mt[N - 1]!
        i = 1
      }
      if (j >= key.length) j = 0
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30)
      mt[i] = ((mt[i]! ^ Math.imul(prev, 1566083941)) >>> 0) - i
      i++
      if (i >= N) {
        mt[0] = mt[N - 1]!
        i = 1
      }
    }
    mt[0] = 0x80000000
  }

  next32(): number {
    const mt = this.mt
    if (this.index >= N) {
      let kk = 0
      const twist = (a: number, b: number, c: number) => {
        const y = (mt[a]! & 0x80000000) | (mt[b]! & 0x7fffffff)
        return mt[c]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0)
      }
      for (; kk < N - M; kk++) mt[kk] = twist(kk, kk + 1, kk + M)
      for (; kk < N - 1; kk++) mt[kk] = twist(kk, kk + 1, kk + (M - N))
      mt[N - 1] = twist(N - 1, 0, M - 1)
      this.index = 0
    }
    let y = mt[this.index++]!
    y ^= y >>> 11
    y ^= (y << 7) & 0x9d2c5680
    y ^= (y << 15) & 0xefc60000
    y ^= y >>> 18
    return y >>> 0
  }
}

/** An int's 32-bit words, least significant first (CPython seeds with abs(n)). */
function words(n: bigint): number[] {
  const out: number[] = []
  for (let x = n < 0n ? -n : n; x > 0n; x >>= 32n) out.push(Number(x & 0xffffffffn))
  return out.length ? out : [0]
}

const bitLength = (n: number | bigint): number =>
  n === 0 || n === 0n ? 0 : BigInt(n).toString(2).replace('-', '').length

class Random {
  #mt = new MersenneTwister()
  #gaussNext: number | null = null

  constructor(seed: any = null) {
    this.seed(seed)
  }

  seed(a: any = null): void {
    if (a === null || a === undefined) a = BigInt('0x' + randomBytes(32).toString('hex'))
    if (typeof a === 'string') {
      const bytes = Buffer.from(a, 'utf8')
      const digest = createHash('sha512').update(bytes).digest()
      a = BigInt('0x' + Buffer.concat([bytes, digest]).toString('hex'))
    }
    if (typeof a === 'boolean') a = Number(a)
    if (typeof a === 'number' && !Number.isInteger(a)) throw new TypeError_('seeding from a float is not supported')
    if (typeof a !== 'number' && typeof a !== 'bigint')
      throw new TypeError_('The only supported seed types are: None, int, float, str, bytes, and bytearray.')
    this.#mt.initByArray(words(BigInt(a)))
    this.#gaussNext = null
  }

  getstate(): any {
    return [3, [...this.#mt.mt, this.#mt.index], this.#gaussNext]
  }

  setstate(state: any): void {
    const values: number[] = state[1]
    this.#mt.mt.set(values.slice(0, N))
    this.#mt.index = values[N]!
    this.#gaussNext = state[2]
  }

  random(): number {
    const a = this.#mt.next32() >>> 5
    const b = this.#mt.next32() >>> 6
    return (a * 67108864 + b) / 9007199254740992
  }

  /** Up to 53 bits as a number, more as a bigint. */
  getrandbits(k: number): any {
    if (k < 0) throw new ValueError('number of bits must be non-negative')
    if (k === 0) return 0
    if (k <= 32) return this.#mt.next32() >>> (32 - k)
    let result = 0n
    for (let i = 0, left = k; left > 0; i++, left -= 32) {
      let r = this.#mt.next32()
      if (left < 32) r >>>= 32 - left
      result |= BigInt(r) << BigInt(32 * i)
    }
    return k <= 53 ? Number(result) : result
  }

  #below(n: number | bigint): number {
    const k = bitLength(n)
    let r = this.getrandbits(k)
    while (r >= n) r = this.getrandbits(k)
    return Number(r)
  }

  randrange(start: number, stop: number | null = null, step = 1): number {
    if (stop === null || stop === undefined) {
      if (start > 0) return this.#below(start)
      throw new ValueError('empty range for randrange()')
    }
    const width = stop - start
    if (step === 1) {
      if (width > 0) return start + this.#below(width)
      throw new ValueError(`empty range for randrange() (${start}, ${stop}, ${width})`)
    }
    if (step === 0) throw new ValueError('zero step for randrange()')
    const n = step > 0 ? Math.floor((width + step - 1) / step) : Math.floor((width + step + 1) / step)
    if (n <= 0) throw new ValueError('empty range for randrange()')
    return start + step * this.#below(n)
  }

  randint(a: number, b: number): number {
    if (b - a + 1 > Number.MAX_SAFE_INTEGER)
      return Number(BigInt(Math.trunc(a)) + BigInt(this.#below(BigInt(b) - BigInt(a) + 1n)))
    return this.randrange(a, b + 1)
  }

  choice(seq: any): any {
    const items = typeof seq === 'string' ? [...seq] : seq
    if (!items.length) throw new IndexError('Cannot choose from an empty sequence')
    return items[this.#below(items.length)]
  }

  shuffle(x: any[]): void {
    for (let i = x.length - 1; i > 0; i--) {
      const j = this.#below(i + 1)
      ;[x[i], x[j]] = [x[j], x[i]]
    }
  }

  sample(population: any, ...rest: any[]): any[] {
    const [positional, kwargs] = splitKwargs(rest)
    const k: number = kwargs.k ?? positional[0]
    if (population instanceof Set)
      throw new TypeError_('Population must be a sequence.  For dicts or sets, use sorted(d).')
    const items = typeof population === 'string' ? [...population] : [...population]
    const n = items.length
    if (k < 0 || k > n) throw new ValueError('Sample larger than population or is negative')
    const result: any[] = new Array(k)
    let setsize = 21
    if (k > 5) setsize += 4 ** Math.ceil(Math.log(k * 3) / Math.log(4))
    if (n <= setsize) {
      const pool = [...items]
      for (let i = 0; i < k; i++) {
        const j = this.#below(n - i)
        result[i] = pool[j]
        pool[j] = pool[n - i - 1]
      }
    } else {
      const selected = new Set<number>()
      for (let i = 0; i < k; i++) {
        let j = this.#below(n)
        while (selected.has(j)) j = this.#below(n)
        selected.add(j)
        result[i] = items[j]
      }
    }
    return result
  }

  choices(population: any, ...rest: any[]): any[] {
    const [positional, kwargs] = splitKwargs(rest)
    const items = [...population]
    const n = items.length
    const k: number = kwargs.k ?? 1
    let cum: number[] | null = kwargs.cum_weights ?? null
    const weights: number[] | null = kwargs.weights ?? positional[0] ?? null
    if (cum === null) {
      if (weights === null) return Array.from({ length: k }, () => items[Math.floor(this.random() * n)])
      let total = 0
      cum = weights.map((w) => (total += w))
    }
    const total = cum[cum.length - 1]!
    const pick = (x: number) => {
      let lo = 0
      let hi = n - 1
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (x < cum![mid]!) hi = mid
        else lo = mid + 1
      }
      return items[lo]
    }
    return Array.from({ length: k }, () => pick(this.random() * total))
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.random()
  }

  triangular(low = 0, high = 1, mode: number | null = null): number {
    let u = this.random()
    const c = mode === null ? 0.5 : (mode - low) / (high - low)
    if (u > c) {
      u = 1 - u
      ;[low, high] = [high, low]
      return low + (high - low) * Math.sqrt(u * (1 - c))
    }
    return low + (high - low) * Math.sqrt(u * c)
  }

  gauss(mu = 0, sigma = 1): number {
    let z = this.#gaussNext
    this.#gaussNext = null
    if (z === null) {
      const x2pi = this.random() * 2 * Math.PI
      const g2rad = Math.sqrt(-2 * Math.log(1 - this.random()))
      z = Math.cos(x2pi) * g2rad
      this.#gaussNext = Math.sin(x2pi) * g2rad
    }
    return mu + z * sigma
  }

  normalvariate(mu = 0, sigma = 1): number {
    const magic = (4 * Math.exp(-0.5)) / Math.sqrt(2)
    for (;;) {
      const u1 = this.random()
      const u2 = 1 - this.random()
      const z = (magic * (u1 - 0.5)) / u2
      if ((z * z) / 4 <= -Math.log(u2)) return mu + z * sigma
    }
  }

  expovariate(lambd: number): number {
    return -Math.log(1 - this.random()) / lambd
  }
}

const instance = new Random()

/** The module's functions share one generator, as Python's do. */
export const random = pyModule('random', {
  Random,
  seed: (a: any = null) => instance.seed(a),
  getstate: () => instance.getstate(),
  setstate: (state: any) => instance.setstate(state),
  random: () => instance.random(),
  getrandbits: (k: number) => instance.getrandbits(k),
  randrange: (start: number, stop: number | null = null, step = 1) => instance.randrange(start, stop, step),
  randint: (a: number, b: number) => instance.randint(a, b),
  choice: (seq: any) => instance.choice(seq),
  choices: (population: any, ...rest: any[]) => instance.choices(population, ...rest),
  shuffle: (x: any[]) => instance.shuffle(x),
  sample: (population: any, ...rest: any[]) => instance.sample(population, ...rest),
  uniform: (a: number, b: number) => instance.uniform(a, b),
  triangular: (low?: number, high?: number, mode?: number | null) => instance.triangular(low, high, mode),
  gauss: (mu?: number, sigma?: number) => instance.gauss(mu, sigma),
  normalvariate: (mu?: number, sigma?: number) => instance.normalvariate(mu, sigma),
  expovariate: (lambd: number) => instance.expovariate(lambd),
})
