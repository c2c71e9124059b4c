// Python's numeric built-ins: int() and float() with Python's parsing and errors, bool(), abs(),
// round() to even, divmod(), hex/oct/bin, chr/ord and hash() of plain values.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_, ValueError } from './errors.js'
import { truthy } from './operators.js'
import { repr } from './text.js'
import { id } from './identity.js'
import { isDict, method } from './values.js'

export function int(x: any = 0, base?: number): number {
  if (base === undefined && typeof x === 'number') {
    if (!Number.isFinite(x)) throw new ValueError('cannot convert float ' + repr(x) + ' to integer')
    return Math.trunc(x)
  }
  if (typeof x === 'boolean') return Number(x)
  if (typeof x === 'bigint') return Number(x)
  const own = method(x, '__int__') ?? method(x, '__index__')
  if (own) return own.call(x)
  if (typeof x !== 'string')
    throw new TypeError_(`int() argument must be a string or a number, not '${x?.constructor?.name ?? 'NoneType'}'`)
  const b = base ?? 10
  let text = x.trim().replace(/_/g, '').toLowerCase()
  const sign = text.startsWith('-') ? -1 : 1
  text = text.replace(/^[+-]/, '')
  const prefixes: Record<number, string> = { 16: '0x', 8: '0o', 2: '0b' }
  let radix = b
  if (b === 0) {
    const found = Object.entries(prefixes).find(([, p]) => text.startsWith(p))
    radix = found ? Number(found[0]) : 10
  }
  if (prefixes[radix] && text.startsWith(prefixes[radix]!)) text = text.slice(2)
  const digits = '0123456789abcdefghijklmnopqrstuvwxyz'.slice(0, radix)
  if (!text || [...text].some((c) => !digits.includes(c)))
    throw new ValueError(`invalid literal for int() with base ${b}: ${repr(x)}`)
  return sign * Number.parseInt(text, radix)
}

export function float(x: any = 0): number {
  if (typeof x === 'number') return x
  if (typeof x === 'boolean') return Number(x)
  const own = method(x, '__float__')
  if (own) return own.call(x)
  if (typeof x !== 'string')
    throw new TypeError_(`float() argument must be a string or a number, not '${x?.constructor?.name ?? 'NoneType'}'`)
  const text = x.trim().toLowerCase().replace(/_/g, '')
  const special: Record<string, number> = {
    inf: Infinity,
    '+inf': Infinity,
    infinity: Infinity,
    '+infinity': Infinity,
    '-inf': -Infinity,
    '-infinity': -Infinity,
    nan: NaN,
    '+nan': NaN,
    '-nan': NaN,
  }
  if (text in special) return special[text]!
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/.test(text))
    throw new ValueError('could not convert string to float: ' + repr(x))
  return Number(text)
}

export function bool(x: any = false): boolean {
  return truthy(x)
}

export function abs(x: any): any {
  const own = method(x, '__abs__')
  return own ? own.call(x) : Math.abs(x)
}

export function round(x: any, digits?: number | null): number {
  const own = method(x, '__round__')
  if (own) return own.call(x, digits)
  if (digits === undefined || digits === null) {
    // round() gives an int, which has no -0 (round(-0.4) is 0).
    const r = Math.round(x) || 0
    // Python rounds halves to even.
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
  }
  if (!Number.isFinite(x) || Math.abs(x) >= 1e21 || digits >= 100) return x
  if (digits < 0) {
    const factor = 10 ** -digits
    return round(x / factor) * factor
  }
  // Python rounds the exact binary value (2.675 is 2.67499…, so 2.67); only a true decimal tie
  // goes to even. toFixed(100) spells the exact value out.
  const exact = Math.abs(x).toFixed(100)
  const [whole, fraction] = exact.split('.') as [string, string]
  const tie = fraction[digits] === '5' && /^0*$/.test(fraction.slice(digits + 1))
  if (!tie) return Number(x.toFixed(digits))
  const kept = BigInt(whole + fraction.slice(0, digits))
  const even = kept % 2n === 0n ? kept : kept + 1n
  const text = even.toString().padStart(digits + 1, '0')
  const value = Number(digits ? `${text.slice(0, -digits)}.${text.slice(-digits)}` : text)
  return x < 0 ? -value : value
}

export function divmod(a: number, b: number): [number, number] {
  const q = Math.floor(a / b)
  return [q, a - q * b]
}

const based = (prefix: string, radix: number) => (x: number) =>
  (x < 0 ? '-' : '') + prefix + Math.abs(Math.trunc(x)).toString(radix)
export const hex = based('0x', 16)
export const oct = based('0o', 8)
export const bin = based('0b', 2)

export const chr = (code: number): string => String.fromCodePoint(code)
export function ord(c: string): number {
  if (typeof c !== 'string' || [...c].length !== 1)
    throw new TypeError_(`ord() expected a character, but string of length ${c?.length ?? 0} found`)
  return c.codePointAt(0)!
}

/** hash() of plain values; objects hash by identity or their __hash__. */
export function hash(x: any): number {
  const own = method(x, '__hash__')
  if (own) return own.call(x)
  if (typeof x === 'number') return Number.isInteger(x) ? x : Math.floor(x * 1e6)
  if (typeof x === 'boolean') return Number(x)
  if (x === null || x === undefined) return 0
  if (x instanceof Set || isDict(x) || x instanceof Map)
    throw new TypeError_(`unhashable type: '${x instanceof Set ? 'set' : 'dict'}'`)
  if (typeof x === 'object' && !Array.isArray(x)) return id(x)
  const text = typeof x === 'string' ? x : repr(x)
  let h = 0
  for (let i = 0; i < text.length; i++) h = (Math.imul(h, 31) + text.charCodeAt(i)) | 0
  return h
}
