// Python's operators on values whose type the translator could not know: a project object's
// dunder method (`__add__`, `__eq__`, `__lt__`, `__bool__`…, then the reflected `__radd__`…) wins,
// as in Python; otherwise the built-in meaning for numbers, strings, lists, sets and dicts.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_, ValueError, ZeroDivisionError } from './errors.js'
import { isDict, method } from './values.js'

/** Python's NotImplemented: what a dunder returns to let the other operand try. */
export const NotImplemented: unique symbol = Symbol.for('brine.python.NotImplemented') as any

/** a.name(b), else b.reflected(a); `undefined` when neither answers. */
function dunder(a: any, b: any, name: string, reflected?: string): { value: any } | undefined {
  const forward = method(a, name)
  if (forward) {
    const value = forward.call(a, b)
    if (value !== NotImplemented) return { value }
  }
  const back = reflected ? method(b, reflected) : undefined
  if (back) {
    const value = back.call(b, a)
    if (value !== NotImplemented) return { value }
  }
  return undefined
}

/** The Python type name of a value, for error messages. */
export const typeName = (x: any): string =>
  x === null || x === undefined
    ? 'NoneType'
    : typeof x === 'number'
      ? Number.isInteger(x)
        ? 'int'
        : 'float'
      : typeof x === 'string'
        ? 'str'
        : typeof x === 'boolean'
          ? 'bool'
          : Array.isArray(x)
            ? 'list'
            : isDict(x)
              ? 'dict'
              : x instanceof Set
                ? 'set'
                : (x.constructor?.name ?? 'object')

const unsupported = (op: string, a: any, b: any) =>
  new TypeError_(`unsupported operand type(s) for ${op}: '${typeName(a)}' and '${typeName(b)}'`)

const num = (x: any): x is number | boolean => typeof x === 'number' || typeof x === 'boolean'

export function truthy(x: any): boolean {
  if (x === null || x === undefined) return false
  if (typeof x !== 'object' && typeof x !== 'function') return Boolean(x) && !Number.isNaN(x)
  if (Array.isArray(x)) return x.length > 0
  if (x instanceof Set || x instanceof Map) return x.size > 0
  if (isDict(x)) return Object.keys(x).length > 0
  const bool = method(x, '__bool__')
  if (bool) return Boolean(bool.call(x))
  const len = method(x, '__len__')
  if (len) return len.call(x) > 0
  return true
}

export function eq(a: any, b: any): boolean {
  if (a === b) return true
  const custom = dunder(a, b, '__eq__', '__eq__')
  if (custom) return truthy(custom.value)
  if (a === null || b === null || a === undefined || b === undefined) return a == b
  if (num(a) && num(b)) return Number(a) === Number(b)
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => eq(x, b[i]))
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => has(b, x))
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime()
  if (a instanceof Map && b instanceof Map)
    return a.size === b.size && [...a].every(([k, v]) => b.has(k) && eq(v, b.get(k)))
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every((k) => Object.hasOwn(b, k) && eq(a[k], b[k]))
  }
  return false
}

export function ne(a: any, b: any): boolean {
  const custom = dunder(a, b, '__ne__', '__ne__')
  return custom ? truthy(custom.value) : !eq(a, b)
}

/** An element of a Set, Python-equal (1 and 1.0, equal tuples). */
function has(set: Set<any>, x: any): boolean {
  if (set.has(x)) return true
  if (x === null || typeof x !== 'object') return false
  for (const y of set) if (eq(x, y)) return true
  return false
}

type Order = '<' | '<=' | '>' | '>='
const names: Record<Order, [string, string]> = {
  '<': ['__lt__', '__gt__'],
  '<=': ['__le__', '__ge__'],
  '>': ['__gt__', '__lt__'],
  '>=': ['__ge__', '__le__'],
}

/** Python's <, <=, >, >=: numbers and strings, lists element by element, sets as subsets, dunders. */
export function compare(op: Order, a: any, b: any): boolean {
  const [forward, reflected] = names[op]
  const custom = dunder(a, b, forward, reflected)
  if (custom) return truthy(custom.value)
  if ((num(a) && num(b)) || (typeof a === 'string' && typeof b === 'string')) {
    switch (op) {
      case '<':
        return a < b
      case '<=':
        return a <= b
      case '>':
        return a > b
      default:
        return a >= b
    }
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length)
    for (let i = 0; i < n; i++) if (!eq(a[i], b[i])) return compare(op, a[i], b[i])
    return compare(op, a.length, b.length)
  }
  if (a instanceof Set && b instanceof Set) {
    const sub = (x: Set<any>, y: Set<any>) => [...x].every((v) => has(y, v))
    if (op === '<=') return sub(a, b)
    if (op === '>=') return sub(b, a)
    if (op === '<') return a.size < b.size && sub(a, b)
    return a.size > b.size && sub(b, a)
  }
  if (a instanceof Date && b instanceof Date) return compare(op, a.getTime(), b.getTime())
  throw new TypeError_(`'${op}' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`)
}

export const lt = (a: any, b: any) => compare('<', a, b)
export const le = (a: any, b: any) => compare('<=', a, b)
export const gt = (a: any, b: any) => compare('>', a, b)
export const ge = (a: any, b: any) => compare('>=', a, b)

export function add(a: any, b: any): any {
  const custom = dunder(a, b, '__add__', '__radd__')
  if (custom) return custom.value
  if (num(a) && num(b)) return Number(a) + Number(b)
  if (typeof a === 'string' && typeof b === 'string') return a + b
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b]
  if (typeof a === 'string') throw new TypeError_(`can only concatenate str (not "${typeName(b)}") to str`)
  if (Array.isArray(a)) throw new TypeError_(`can only concatenate list (not "${typeName(b)}") to list`)
  if (typeof a === 'bigint' || typeof b === 'bigint') return BigInt(a) + BigInt(b)
  if (a instanceof Date && typeof b?.totalMilliseconds === 'function') return b.__radd__(a)
  throw unsupported('+', a, b)
}

export function sub(a: any, b: any): any {
  const custom = dunder(a, b, '__sub__', '__rsub__')
  if (custom) return custom.value
  if (num(a) && num(b)) return Number(a) - Number(b)
  if (a instanceof Set && b instanceof Set) return new Set([...a].filter((x) => !has(b, x)))
  throw unsupported('-', a, b)
}

export function mul(a: any, b: any): any {
  const custom = dunder(a, b, '__mul__', '__rmul__')
  if (custom) return custom.value
  if (num(a) && num(b)) return Number(a) * Number(b)
  if (typeof a === 'string' && num(b)) return a.repeat(Math.max(0, Number(b)))
  if (typeof b === 'string' && num(a)) return b.repeat(Math.max(0, Number(a)))
  if (Array.isArray(a) && num(b)) return Array.from({ length: Math.max(0, Number(b)) }, () => a).flat()
  if (Array.isArray(b) && num(a)) return Array.from({ length: Math.max(0, Number(a)) }, () => b).flat()
  throw unsupported('*', a, b)
}

export function div(a: any, b: any): any {
  const custom = dunder(a, b, '__truediv__', '__rtruediv__')
  if (custom) return custom.value
  if (!num(a) || !num(b)) throw unsupported('/', a, b)
  if (Number(b) === 0) throw new ZeroDivisionError('division by zero')
  return Number(a) / Number(b)
}

export function floordiv(a: any, b: any): any {
  const custom = dunder(a, b, '__floordiv__', '__rfloordiv__')
  if (custom) return custom.value
  if (!num(a) || !num(b)) throw unsupported('//', a, b)
  if (Number(b) === 0) throw new ZeroDivisionError('integer division or modulo by zero')
  return Math.floor(Number(a) / Number(b))
}

/** Python's 'a % b': modulo with the sign of b on numbers; strings use printf-style formatting (text.ts). */
export function mod(a: any, b: any, percent?: (format: string, args: any) => string): any {
  const custom = dunder(a, b, '__mod__', '__rmod__')
  if (custom) return custom.value
  if (typeof a === 'string' && percent) return percent(a, b)
  if (!num(a) || !num(b)) throw unsupported('%', a, b)
  if (Number(b) === 0)
    throw new ZeroDivisionError(Number.isInteger(Number(a)) ? 'integer modulo by zero' : 'float modulo')
  const m = Number(a) % Number(b)
  return m !== 0 && m < 0 !== Number(b) < 0 ? m + Number(b) : m
}

export function pow(a: any, b: any, modulus: any = null): any {
  const custom = modulus === null ? dunder(a, b, '__pow__', '__rpow__') : undefined
  if (custom) return custom.value
  if (!num(a) || !num(b)) throw unsupported('** or pow()', a, b)
  if (modulus === null) return Number(a) ** Number(b)
  // pow(base, exp, mod): exact modular exponentiation on integers, as Python's.
  if (Number(modulus) === 0) throw new ValueError('pow() 3rd argument cannot be 0')
  const m = BigInt(modulus)
  let [base, exp, out] = [((BigInt(a) % m) + m) % m, BigInt(b), 1n]
  if (exp < 0n) [base, exp] = [inverse(base, m), -exp]
  for (; exp > 0n; exp >>= 1n, base = (base * base) % m) if (exp & 1n) out = (out * base) % m
  return Number(m < 0n && out > 0n ? out + m : out)
}

/** The inverse of a modulo m (a negative exponent of a three-argument pow). */
function inverse(a: bigint, m: bigint): bigint {
  let [r0, r1, s0, s1] = [a, m < 0n ? -m : m, 1n, 0n]
  while (r1 !== 0n) {
    const q = r0 / r1
    ;[r0, r1, s0, s1] = [r1, r0 - q * r1, s1, s0 - q * s1]
  }
  if (r0 !== 1n) throw new ValueError('base is not invertible for the given modulus')
  return ((s0 % m) + m) % m
}

export function neg(a: any): any {
  const custom = method(a, '__neg__')
  if (custom) return custom.call(a)
  return -a
}

/** Python's |, &, ^ on sets, dicts (|) and integers. */
export function bitor(a: any, b: any): any {
  const custom = dunder(a, b, '__or__', '__ror__')
  if (custom) return custom.value
  if (a instanceof Set && b instanceof Set) return new Set([...a, ...[...b].filter((x) => !has(a, x))])
  if (isDict(a) && isDict(b)) return { ...a, ...b }
  return a | b
}

export function bitand(a: any, b: any): any {
  const custom = dunder(a, b, '__and__', '__rand__')
  if (custom) return custom.value
  if (a instanceof Set && b instanceof Set) return new Set([...a].filter((x) => has(b, x)))
  return a & b
}

export function bitxor(a: any, b: any): any {
  const custom = dunder(a, b, '__xor__', '__rxor__')
  if (custom) return custom.value
  if (a instanceof Set && b instanceof Set)
    return new Set([...[...a].filter((x) => !has(b, x)), ...[...b].filter((x) => !has(a, x))])
  return a ^ b
}

/** Python's `a and b`: a when it is falsy, else b (evaluated only then). */
export function and(a: any, b: () => any): any {
  return truthy(a) ? b() : a
}

/** Python's `a or b`: a when it is truthy, else b (evaluated only then). */
export function or(a: any, b: () => any): any {
  return truthy(a) ? a : b()
}

export { has as setHas }

/** `a += b`: lists (and objects with __iadd__) change in place, as in Python; otherwise a + b. */
export function iadd(a: any, b: any): any {
  const own = method(a, '__iadd__')
  if (own) {
    const value = own.call(a, b)
    if (value !== NotImplemented) return value
  }
  if (
    Array.isArray(a) &&
    !Array.isArray(b) &&
    (b === null || typeof b !== 'object' || typeof b[Symbol.iterator] !== 'function')
  )
    throw new TypeError_(`'${typeName(b)}' object is not iterable`)
  if (Array.isArray(a)) {
    a.push(...b)
    return a
  }
  return add(a, b)
}
