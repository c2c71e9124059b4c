// ipaddress: IPv4Address and IPv6Address from an int or text, with Python's compressed text form.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { ValueError } from '../errors.js'
import { PyObject } from '../object.js'
import { pyModule } from '../registry.js'

const toBig = (n: any): bigint => (typeof n === 'bigint' ? n : BigInt(Math.trunc(Number(n))))

/** What both kinds of address share: an integer value, equal only to an address of the same kind. */
abstract class IPAddress extends PyObject {
  abstract readonly value: bigint
  __int__(): number {
    return Number(this.value)
  }
  __eq__(o: any): boolean {
    return o instanceof this.constructor && (o as IPAddress).value === this.value
  }
  __lt__(o: IPAddress): boolean {
    return this.value < o.value
  }
  __gt__(o: IPAddress): boolean {
    return this.value > o.value
  }
}

class IPv4Address extends IPAddress {
  readonly value: bigint
  constructor(address: any) {
    super()
    if (typeof address === 'string') {
      const parts = address.split('.').map(Number)
      if (parts.length !== 4 || parts.some((p) => !(p >= 0 && p <= 255)))
        throw new ValueError(`'${address}' does not appear to be an IPv4 address`)
      this.value = parts.reduce((a, p) => (a << 8n) | BigInt(p), 0n)
    } else this.value = toBig(address)
  }
  __str__(): string {
    return [24n, 16n, 8n, 0n].map((s) => String((this.value >> s) & 255n)).join('.')
  }
  get version(): number {
    return 4
  }
}

class IPv6Address extends IPAddress {
  readonly value: bigint
  constructor(address: any) {
    super()
    this.value = typeof address === 'string' ? parse6(address) : toBig(address)
    if (this.value < 0n || this.value >= 1n << 128n)
      throw new ValueError(`${String(address)} does not appear to be an IPv6 address`)
  }
  __str__(): string {
    const groups = Array.from({ length: 8 }, (_, i) => ((this.value >> BigInt(112 - 16 * i)) & 0xffffn).toString(16))
    // The longest run of two or more zero groups becomes '::'.
    let best = [-1, 0]
    for (let i = 0; i < 8;) {
      let j = i
      while (j < 8 && groups[j] === '0') j++
      if (j - i > best[1]! && j - i > 1) best = [i, j - i]
      i = j === i ? i + 1 : j
    }
    if (best[0]! < 0) return groups.join(':')
    return `${groups.slice(0, best[0]).join(':')}::${groups.slice(best[0]! + best[1]!).join(':')}`
  }
  get version(): number {
    return 6
  }
}

function parse6(text: string): bigint {
  const [head, tail] = text.split('::')
  const a = head ? head.split(':') : []
  const b = tail ? tail.split(':') : []
  const groups = tail === undefined ? a : [...a, ...Array(8 - a.length - b.length).fill('0'), ...b]
  if (groups.length !== 8) throw new ValueError(`'${text}' does not appear to be an IPv6 address`)
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(`0x${g || '0'}`), 0n)
}

/** ip_address(text or int): an IPv4Address, else an IPv6Address, as Python chooses. */
function ip_address(a: any): IPv4Address | IPv6Address {
  if (typeof a !== 'string') return toBig(a) >= 1n << 32n ? new IPv6Address(a) : new IPv4Address(a)
  try {
    return a.includes(':') ? new IPv6Address(a) : new IPv4Address(a)
  } catch {
    throw new ValueError(`'${a}' does not appear to be an IPv4 or IPv6 address`)
  }
}

export const ipaddress = pyModule('ipaddress', {
  IPv4Address,
  IPv6Address,
  ip_address,
})
