// Python built-ins the migrated behave steps use (as `py` from 'brine/python'), with Python's
// semantics where they differ from JavaScript's (truthiness, ==, %, //, len, in, str).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { pending } from '../../runtime/errors.js'

export class PythonError extends Error {
  constructor(message = '') {
    super(message)
    this.name = new.target.name
  }
}
export class ValueError extends PythonError {}
export class TypeError_ extends PythonError {}
export class KeyError extends PythonError {}
export class IndexError extends PythonError {}
export class NotImplementedError extends PythonError {}
export class RuntimeError extends PythonError {}
export class AssertionError extends PythonError {}
export class ZeroDivisionError extends PythonError {}

/** Python's 'isinstance(error, Name)' for the built-in exception names. */
export function isError(error: unknown, name: string): boolean {
  if (!(error instanceof Error)) return false
  if (name === 'Exception' || name === 'BaseException') return true
  if (name === 'AssertionError') return error.name.includes('AssertionError')
  if (name === 'TypeError') return error instanceof TypeError || error.name === 'TypeError_'
  if (name === 'LookupError') return error instanceof KeyError || error instanceof IndexError
  return error.name === name
}

type Any = any

/** Stands for a module-level name whose Python was not translated: any use of it is pending. */
export function untranslated(name: string): Any {
  const stop = (): never => pending(name + ' was not translated from Python; see the migration report')
  return new Proxy(function () {}, { get: stop, set: stop, has: stop, apply: stop, construct: stop })
}

/** A project object with its own method of that name (list.count vs Cart.count). */
const own = (x: Any, name: string): boolean =>
  x !== null && typeof x === 'object' && !Array.isArray(x) && !isDict(x) && typeof x[name] === 'function'

const isDict = (x: Any): boolean =>
  x !== null &&
  typeof x === 'object' &&
  !Array.isArray(x) &&
  !(x instanceof Set) &&
  !(x instanceof Map) &&
  Object.getPrototypeOf(x) === Object.prototype

export function truthy(x: Any): boolean {
  if (Array.isArray(x) || typeof x === 'string') return x.length > 0
  if (x instanceof Set || x instanceof Map) return x.size > 0
  if (isDict(x)) return Object.keys(x).length > 0
  if (x !== null && typeof x === 'object' && typeof x.__len__ === 'function') return x.__len__() > 0
  return Boolean(x)
}

export function len(x: Any): number {
  if (x === null || x === undefined) throw new TypeError_("object of type 'NoneType' has no len()")
  if (typeof x === 'string' || Array.isArray(x)) return x.length
  if (x instanceof Set || x instanceof Map) return x.size
  if (typeof x.__len__ === 'function') return x.__len__()
  if (typeof x.length === 'number') return x.length
  if (Array.isArray(x.rows)) return x.rows.length
  return Object.keys(x).length
}

export function eq(a: Any, b: Any): boolean {
  if (a === b) return true
  if (a === null || b === null || a === undefined || b === undefined) return a == b
  if (typeof a === 'boolean' || typeof b === 'boolean') return Number(a) === Number(b)
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => eq(x, b[i]))
  if (a instanceof Set && b instanceof Set) return a.size === b.size && [...a].every((x) => b.has(x))
  if (isDict(a) && isDict(b)) {
    const ka = Object.keys(a)
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && eq(a[k], b[k]))
  }
  return false
}

export function contains(container: Any, item: Any): boolean {
  if (typeof container === 'string') return container.includes(item)
  if (Array.isArray(container)) return container.some((x) => eq(x, item))
  if (container instanceof Set || container instanceof Map) return container.has(item)
  if (container && typeof container.__contains__ === 'function') return container.__contains__(item)
  if (container && Array.isArray(container.headings)) return container.headings.includes(item)
  if (container && typeof container[Symbol.iterator] === 'function') return [...container].some((x) => eq(x, item))
  return container !== null && typeof container === 'object' && Object.prototype.hasOwnProperty.call(container, item)
}

export function iter(x: Any): Iterable<Any> {
  if (x === null || x === undefined) throw new TypeError_("'NoneType' object is not iterable")
  if (typeof x[Symbol.iterator] === 'function') return x instanceof Map ? x.keys() : x
  return Object.keys(x)
}

export function str(x: Any): string {
  if (x === null || x === undefined) return 'None'
  if (x === true) return 'True'
  if (x === false) return 'False'
  if (typeof x === 'string') return x
  // str(error) in Python is its message, without the class name.
  if (x instanceof Error) return x.message
  if (Array.isArray(x)) return '[' + x.map(repr).join(', ') + ']'
  if (x instanceof Set) return x.size ? '{' + [...x].map(repr).join(', ') + '}' : 'set()'
  if (isDict(x))
    return (
      '{' +
      Object.entries(x)
        .map(([k, v]) => repr(k) + ': ' + repr(v))
        .join(', ') +
      '}'
    )
  return String(x)
}

export function repr(x: Any): string {
  if (typeof x !== 'string') return str(x)
  const quote = x.includes("'") && !x.includes('"') ? '"' : "'"
  const body = x.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\t/g, '\\t').replace(/\r/g, '\\r')
  return quote + (quote === "'" ? body.replace(/'/g, "\\'") : body) + quote
}

export function int(x: Any, base = 10): number {
  if (typeof x === 'number') return Math.trunc(x)
  if (typeof x === 'boolean') return Number(x)
  const text = String(x).trim().replace(/_/g, '')
  const digits = base === 10 ? /^[+-]?\d+$/ : /^[+-]?[0-9a-z]+$/i
  const value = Number.parseInt(text, base)
  if (!digits.test(text) || Number.isNaN(value))
    throw new ValueError('invalid literal for int() with base ' + base + ': ' + repr(String(x)))
  return value
}

export function float(x: Any): number {
  const text = typeof x === 'string' ? x.trim().toLowerCase() : x
  const value =
    text === 'inf' || text === '+inf' || text === 'infinity'
      ? Infinity
      : text === '-inf' || text === '-infinity'
        ? -Infinity
        : text === 'nan'
          ? NaN
          : Number(text)
  if (typeof x === 'string' && (x.trim() === '' || Number.isNaN(value)) && text !== 'nan')
    throw new ValueError('could not convert string to float: ' + repr(x))
  return value
}

export function bool(x: Any): boolean {
  return truthy(x)
}

export function add(a: Any, b: Any): Any {
  if (Array.isArray(a) && Array.isArray(b)) return [...a, ...b]
  if (typeof a === 'string' && typeof b !== 'string')
    throw new TypeError_('can only concatenate str (not "' + typeof b + '") to str')
  return a + b
}

export function mul(a: Any, b: Any): Any {
  if (typeof a === 'string') return a.repeat(b)
  if (typeof b === 'string') return b.repeat(a)
  if (Array.isArray(a)) return Array.from({ length: b }, () => a).flat()
  if (Array.isArray(b)) return Array.from({ length: a }, () => b).flat()
  return a * b
}

/** Python's 'a % b': modulo with the sign of b on numbers, printf-style formatting on strings. */
export function mod(a: Any, b: Any): Any {
  if (typeof a === 'string') return percent(a, b)
  if (b === 0) throw new ZeroDivisionError('integer division or modulo by zero')
  return ((a % b) + b) % b
}

export function floordiv(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError('integer division or modulo by zero')
  return Math.floor(a / b)
}

export function div(a: number, b: number): number {
  if (b === 0) throw new ZeroDivisionError('division by zero')
  return a / b
}

export function percent(format: string, args: Any): string {
  const values = Array.isArray(args) ? [...args] : [args]
  return format.replace(
    /%(\(([^)]*)\))?([-+ 0#]*)(\d+)?(?:\.(\d+))?([sdirfgexXo%])/g,
    (_m, _k, key, flags, width, precision, type) => {
      if (type === '%') return '%'
      const value = key !== undefined ? args[key] : values.shift()
      const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''
      const spec = sign + (precision !== undefined ? '.' + precision : '') + (type === 'i' ? 'd' : type)
      return pad(formatValue(value, typeof value === 'number' ? spec : spec.slice(sign.length)), flags, width)
    },
  )
}

function pad(text: string, flags: string, width?: string): string {
  const size = width ? Number(width) : 0
  if (text.length >= size) return text
  if (flags.includes('-')) return text.padEnd(size)
  return flags.includes('0') ? text.padStart(size, '0') : text.padStart(size)
}

/** Python's format(value, spec) for the common specs: fill/align, width, precision, d f e g s x o b %. */
export function formatValue(value: Any, spec = ''): string {
  const m = /^(?:(.)?([<>^=]))?([+\- ]?)(#?)(0?)(\d*)([,_]?)(?:\.(\d+))?([bcdeEfFgGnosxX%r]?)$/.exec(spec)
  if (!m) throw new ValueError('Invalid format specifier ' + repr(spec))
  const [, fill = ' ', align, sign, , zero, width, group, precision, type] = m
  let text: string
  const p = precision === undefined ? undefined : Number(precision)
  switch (type) {
    case 'd':
    case 'n':
      text = String(Math.trunc(value))
      break
    case 'f':
    case 'F':
      text = Number(value).toFixed(p ?? 6)
      break
    case 'e':
    case 'E':
      text = Number(value)
        .toExponential(p ?? 6)
        .replace(/e([+-])(\d)$/, 'e$10$2')
      break
    case 'g':
    case 'G':
      text = String(Number(Number(value).toPrecision(p || 6)))
      break
    case '%':
      text = (Number(value) * 100).toFixed(p ?? 6) + '%'
      break
    case 'x':
      text = Math.trunc(value).toString(16)
      break
    case 'X':
      text = Math.trunc(value).toString(16).toUpperCase()
      break
    case 'o':
      text = Math.trunc(value).toString(8)
      break
    case 'b':
      text = Math.trunc(value).toString(2)
      break
    case 'r':
      text = repr(value)
      break
    case 's':
      text = str(value)
      if (p !== undefined) text = text.slice(0, p)
      break
    default:
      text = p !== undefined && typeof value === 'number' ? String(Number(value.toPrecision(p))) : str(value)
  }
  if (type === 'E' || type === 'G' || type === 'F') text = text.toUpperCase()
  if (group) text = text.replace(/^(-?\d+)/, (d) => d.replace(/\B(?=(\d{3})+(?!\d))/g, group))
  if (sign === '+' && typeof value === 'number' && value >= 0) text = '+' + text
  if (sign === ' ' && typeof value === 'number' && value >= 0) text = ' ' + text
  const size = width ? Number(width) : 0
  if (text.length >= size) return text
  const numeric = typeof value === 'number'
  const how = align ?? (zero ? '=' : numeric ? '>' : '<')
  const padChar = zero && !align ? '0' : fill
  const gap = padChar.repeat(size - text.length)
  if (how === '<') return text + gap
  if (how === '^') return gap.slice(0, Math.floor(gap.length / 2)) + text + gap.slice(Math.floor(gap.length / 2))
  if (how === '=' && /^[+\- ]/.test(text)) return text[0] + gap + text.slice(1)
  return gap + text
}

/** Python's str.format: {}, {0}, {name}, {name:spec}, {!r}, {{ and }}. */
export function format(template: string, args: Any[] = [], kwargs: Record<string, Any> = {}): string {
  let next = 0
  return template.replace(/\{\{|\}\}|\{([^{}!:]*)(?:!([rs]))?(?::([^{}]*))?\}/g, (m, field, conv, spec) => {
    if (m === '{{') return '{'
    if (m === '}}') return '}'
    const [head, ...path] = field.split('.')
    let value = head === '' ? args[next++] : /^\d+$/.test(head) ? args[Number(head)] : kwargs[head]
    for (const part of path) value = value[part]
    if (conv === 'r') value = repr(value)
    return formatValue(value, spec ?? '')
  })
}

export function getitem(x: Any, key: Any): Any {
  if (typeof key === 'number' && (typeof x === 'string' || Array.isArray(x))) {
    const value = x.at(key)
    if (value === undefined || key >= x.length) throw new IndexError('index out of range')
    return value
  }
  if (x instanceof Map) {
    if (!x.has(key)) throw new KeyError(repr(key))
    return x.get(key)
  }
  if (isDict(x) && !(key in x)) throw new KeyError(repr(key))
  // behave's Table rows by index, Row cells by column name.
  if (x !== null && typeof x === 'object' && typeof x.row === 'function' && typeof key === 'number') return x.row(key)
  if (x !== null && typeof x === 'object' && typeof x.value === 'function' && Array.isArray(x.cells))
    return x.value(key)
  if (own(x, '__getitem__')) return x.__getitem__(key)
  return x[key]
}

export function get(x: Any, key: Any, fallback: Any = null): Any {
  if (own(x, 'get')) return x.get(key, fallback)
  if (x instanceof Map) return x.has(key) ? x.get(key) : fallback
  if (isDict(x)) return key in x ? x[key] : fallback
  return x.get(key, fallback)
}

export function keys(x: Any): Any[] {
  if (own(x, 'keys')) return x.keys()
  if (x instanceof Map) return [...x.keys()]
  if (isDict(x)) return Object.keys(x)
  return [...x.keys()]
}

export function values(x: Any): Any[] {
  if (own(x, 'values')) return x.values()
  if (x instanceof Map) return [...x.values()]
  if (isDict(x)) return Object.values(x)
  return [...x.values()]
}

export function items(x: Any): [Any, Any][] {
  if (own(x, 'items')) return x.items()
  if (x instanceof Map) return [...x.entries()]
  if (isDict(x)) return Object.entries(x)
  return [...x.items()]
}

export function pop(x: Any, ...args: [key?: Any, fallback?: Any]): Any {
  if (own(x, 'pop')) return x.pop(...args)
  const [key, fallback] = args
  if (Array.isArray(x)) {
    if (x.length === 0) throw new IndexError('pop from empty list')
    return key === undefined ? x.pop() : x.splice(key < 0 ? x.length + key : key, 1)[0]
  }
  if (isDict(x)) {
    if (!(key in x)) {
      if (args.length > 1) return fallback
      throw new KeyError(repr(key))
    }
    const value = x[key]
    delete x[key]
    return value
  }
  return x.pop(key, fallback)
}

export function setdefault(x: Any, key: string, value: Any = null): Any {
  if (own(x, 'setdefault')) return x.setdefault(key, value)
  if (!(key in x)) x[key] = value
  return x[key]
}

export function update(x: Any, other: Any): void {
  if (own(x, 'update')) return x.update(other)
  Object.assign(x, isDict(other) ? other : Object.fromEntries(other))
}

export function remove(x: Any, value: Any): void {
  if (own(x, 'remove')) return x.remove(value)
  const at = x.findIndex((v: Any) => eq(v, value))
  if (at < 0) throw new ValueError('list.remove(x): x not in list')
  x.splice(at, 1)
}

export function index(x: Any, value: Any): number {
  if (own(x, 'index')) return x.index(value)
  const at = typeof x === 'string' ? x.indexOf(value) : x.findIndex((v: Any) => eq(v, value))
  if (at < 0) throw new ValueError(repr(value) + ' is not in list')
  return at
}

export function count(x: Any, value?: Any): number {
  if (own(x, 'count')) return x.count(value)
  return typeof x === 'string' ? x.split(value).length - 1 : x.filter((v: Any) => eq(v, value)).length
}

export function split(s: Any, ...args: [sep?: string | null, maxsplit?: number]): string[] {
  if (own(s, 'split')) return s.split(...args)
  const [sep, maxsplit = -1] = args
  if (sep === undefined || sep === null) {
    const parts = s.trim().split(/\s+/).filter(Boolean)
    if (maxsplit < 0 || parts.length <= maxsplit + 1) return parts
    const head = parts.slice(0, maxsplit)
    let rest = s.trim()
    for (const part of head) rest = rest.slice(rest.indexOf(part) + part.length).trimStart()
    return [...head, rest]
  }
  const parts = s.split(sep)
  return maxsplit < 0 || parts.length <= maxsplit + 1
    ? parts
    : [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)]
}

/** str.splitlines(): lines without their endings, no empty last line. */
export function splitlines(s: Any): string[] {
  if (own(s, 'splitlines')) return s.splitlines()
  const lines = String(s).split(/\r\n|\r|\n/)
  if (lines.at(-1) === '') lines.pop()
  return lines
}

export function strip(s: Any, ...args: [chars?: string | null]): string {
  if (own(s, 'strip')) return s.strip(...args)
  const [chars] = args
  if (chars === undefined || chars === null) return s.trim()
  let start = 0
  let end = s.length
  while (start < end && chars.includes(s[start]!)) start++
  while (end > start && chars.includes(s[end - 1]!)) end--
  return s.slice(start, end)
}

export function range(start: number, stop?: number, step = 1): number[] {
  if (stop === undefined) [start, stop] = [0, start]
  const out: number[] = []
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i)
  return out
}

export function enumerate(xs: Any, start = 0): [number, Any][] {
  return [...iter(xs)].map((x, i) => [i + start, x])
}

export function zip(...lists: Any[]): Any[][] {
  const arrays = lists.map((l) => [...iter(l)])
  const size = Math.min(...arrays.map((a) => a.length))
  return Array.from({ length: size }, (_, i) => arrays.map((a) => a[i]))
}

export function sum(xs: Any, start = 0): number {
  let total = start
  for (const x of iter(xs)) total += x
  return total
}

export function min(...args: Any[]): Any {
  const xs = args.length === 1 ? [...iter(args[0])] : args
  if (xs.length === 0) throw new ValueError('min() arg is an empty sequence')
  return xs.reduce((a, b) => (b < a ? b : a))
}

export function max(...args: Any[]): Any {
  const xs = args.length === 1 ? [...iter(args[0])] : args
  if (xs.length === 0) throw new ValueError('max() arg is an empty sequence')
  return xs.reduce((a, b) => (b > a ? b : a))
}

function compare(a: Any, b: Any): number {
  return a < b ? -1 : a > b ? 1 : 0
}

export function sorted(xs: Any, key?: ((x: Any) => Any) | null, reverse = false): Any[] {
  const out = [...iter(xs)]
  out.sort((a, b) => compare(key ? key(a) : a, key ? key(b) : b))
  return reverse ? out.reverse() : out
}

export function copy(x: Any): Any {
  if (Array.isArray(x)) return [...x]
  if (x instanceof Set) return new Set(x)
  if (x instanceof Map) return new Map(x)
  if (isDict(x)) return { ...x }
  return x.copy()
}

export function list(xs: Any = []): Any[] {
  return [...iter(xs)]
}

export function round(x: number, digits?: number): number {
  if (digits === undefined) {
    const r = Math.round(x)
    // Python rounds halves to even.
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r
  }
  return Number(x.toFixed(digits))
}

export function join(separator: Any, xs: Any): string {
  if (own(separator, 'join')) return separator.join(xs)
  const parts = [...iter(xs)]
  if (parts.some((p) => typeof p !== 'string')) throw new TypeError_('sequence item: expected str instance')
  return parts.join(separator)
}

export function isinstance(x: Any, type: string): boolean {
  switch (type) {
    case 'int':
      return typeof x === 'number' && Number.isInteger(x)
    case 'float':
      return typeof x === 'number'
    case 'str':
      return typeof x === 'string'
    case 'bool':
      return typeof x === 'boolean'
    case 'list':
    case 'tuple':
      return Array.isArray(x)
    case 'dict':
      return isDict(x) || x instanceof Map
    case 'set':
      return x instanceof Set
    default:
      return false
  }
}
