// Python's math module on JavaScript numbers (floor/ceil return ints, isclose, gcd, factorial…).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { ValueError } from '../errors.js'
import { iter } from '../iteration.js'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'

function factorial(n: number): number {
  if (!Number.isInteger(n) || n < 0) throw new ValueError('factorial() not defined for negative values')
  let out = 1
  for (let i = 2; i <= n; i++) out *= i
  return out
}

function gcd(...xs: number[]): number {
  let g = 0
  for (let x of xs) {
    x = Math.abs(x)
    while (x) [g, x] = [x, g % x]
  }
  return g
}

function domain<T extends (...a: number[]) => number>(f: T): T {
  return ((...a: number[]) => {
    const r = f(...a)
    if (Number.isNaN(r) && !a.some(Number.isNaN)) throw new ValueError('math domain error')
    return r
  }) as T
}

/** fsum: the correctly rounded sum (Shewchuk's exact partial sums, as Python's msum recipe). */
function fsum(xs: Iterable<number>): number {
  const partials: number[] = []
  for (let x of iter(xs)) {
    let i = 0
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x]
      const hi = x + y
      const lo = y - (hi - x)
      if (lo) partials[i++] = lo
      x = hi
    }
    partials.length = i
    partials.push(x)
  }
  return partials.reduce((a, b) => a + b, 0)
}

export const math = pyModule('math', {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  inf: Infinity,
  nan: NaN,
  floor: (x: number) => Math.floor(x),
  ceil: (x: number) => Math.ceil(x),
  trunc: (x: number) => Math.trunc(x),
  fabs: (x: number) => Math.abs(x),
  sqrt: domain(Math.sqrt),
  isqrt: (n: number) => Math.floor(Math.sqrt(n)),
  exp: Math.exp,
  log: domain((x: number, base?: number) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base))),
  log10: domain(Math.log10),
  log2: domain(Math.log2),
  log1p: domain(Math.log1p),
  pow: (x: number, y: number) => x ** y,
  sin: Math.sin,
  cos: Math.cos,
  tan: Math.tan,
  asin: domain(Math.asin),
  acos: domain(Math.acos),
  atan: Math.atan,
  atan2: Math.atan2,
  sinh: Math.sinh,
  cosh: Math.cosh,
  tanh: Math.tanh,
  hypot: Math.hypot,
  degrees: (x: number) => (x * 180) / Math.PI,
  radians: (x: number) => (x * Math.PI) / 180,
  copysign: (x: number, y: number) => Math.abs(x) * (y < 0 || Object.is(y, -0) ? -1 : 1),
  fmod: (x: number, y: number) => x % y,
  modf: (x: number) => [x % 1, Math.trunc(x)],
  factorial,
  gcd,
  lcm: (...xs: number[]) => xs.reduce((a, b) => (a && b ? Math.abs(a * b) / gcd(a, b) : 0), 1),
  comb: (n: number, k: number) => (k < 0 || k > n ? 0 : Math.round(factorial(n) / (factorial(k) * factorial(n - k)))),
  perm: (n: number, k = n) => (k < 0 || k > n ? 0 : Math.round(factorial(n) / factorial(n - k))),
  prod: (xs: Iterable<number>, start = 1) => [...xs].reduce((a, b) => a * b, start),
  fsum,
  isfinite: Number.isFinite,
  isinf: (x: number) => x === Infinity || x === -Infinity,
  isnan: Number.isNaN,
  isclose(...args: any[]): boolean {
    const [[a, b], { rel_tol = 1e-9, abs_tol = 0 }] = splitKwargs(args)
    if (a === b) return true
    return Math.abs(a - b) <= Math.max(rel_tol * Math.max(Math.abs(a), Math.abs(b)), abs_tol)
  },
})
