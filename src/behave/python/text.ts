// str() and repr() with Python's output (None, True, lists, dicts, __str__/__repr__ of project
// classes, default `<Name object at 0x…>`), and Python's three ways of formatting: `%`,
// str.format and format specs.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { id } from './identity.js'
import { dictKeys, isDict, method } from './values.js'
import { ValueError } from './errors.js'

/** A special representation an object may carry (mocks, enum members, modules). */
export const REPR = Symbol.for('brine.python.repr')

export function str(x: any): string {
  if (x === null || x === undefined) return 'None'
  if (x === true) return 'True'
  if (x === false) return 'False'
  if (typeof x === 'string') return x
  if (typeof x === 'number' || typeof x === 'bigint') return numberText(x)
  const own = method(x, '__str__')
  if (own) return String(own.call(x))
  if (typeof x === 'object' && typeof x.toString === 'function' && x.toString !== Object.prototype.toString) {
    if (!(x instanceof Error) && !Array.isArray(x) && !(x instanceof Date) && !(x instanceof RegExp))
      return String(x.toString())
  }
  // str(error) in Python is its message, without the class name.
  if (x instanceof Error) return x.message
  if (x instanceof Date && typeof (x as any).isoformat === 'function') return (x as any).isoformat(' ')
  return repr(x)
}

export function repr(x: any): string {
  if (typeof x === 'string') return quoteString(x)
  if (x === null || x === undefined || typeof x === 'boolean' || typeof x === 'number' || typeof x === 'bigint')
    return str(x)
  if (x !== null && (typeof x === 'object' || typeof x === 'function') && typeof x[REPR] === 'function')
    return x[REPR]()
  const own = method(x, '__repr__')
  if (own) return String(own.call(x))
  // A tuple class of its own (namedtuple) is an array with a __repr__.
  if (Array.isArray(x) && typeof (x as any).__repr__ === 'function') return String((x as any).__repr__())
  if (Array.isArray(x)) return '[' + x.map(repr).join(', ') + ']'
  if (x instanceof Set) return x.size ? '{' + [...x].map(repr).join(', ') + '}' : 'set()'
  if (x instanceof Map) return '{' + [...x].map(([k, v]) => repr(k) + ': ' + repr(v)).join(', ') + '}'
  if (isDict(x))
    return (
      '{' +
      // dictKeys: keys set as numbers show as numbers ({1: 'a'}).
      dictKeys(x)
        .map((k) => repr(k) + ': ' + repr(x[k]))
        .join(', ') +
      '}'
    )
  if (x instanceof Error) return `${x.name}(${quoteString(x.message)})`
  if (typeof x === 'function') {
    return /^class[\s{]/.test(Function.prototype.toString.call(x))
      ? `<class '${x.name}'>`
      : `<function ${x.name || '<lambda>'}>`
  }
  const name = x?.constructor?.name ?? 'object'
  return `<${name} object at 0x${(0x7f0000000000 + id(x) * 16).toString(16)}>`
}

function numberText(x: number | bigint): string {
  if (typeof x === 'bigint') return x.toString()
  if (Number.isNaN(x)) return 'nan'
  if (x === Infinity) return 'inf'
  if (x === -Infinity) return '-inf'
  if (Object.is(x, -0)) return '-0.0'
  // Python writes small floats with an exponent from 1e-05 down (JavaScript from 1e-7).
  const text = x !== 0 && Math.abs(x) < 1e-4 ? x.toExponential() : String(x)
  // Python writes exponents with two digits at least and a sign: 1e+21, 1e-07.
  return text.replace(/e([+-])(\d)$/, 'e$10$2')
}

function quoteString(x: string): string {
  const quote = x.includes("'") && !x.includes('"') ? '"' : "'"
  let body = ''
  for (const c of x) {
    const code = c.codePointAt(0)!
    if (c === '\\') body += '\\\\'
    else if (c === '\n') body += '\\n'
    else if (c === '\t') body += '\\t'
    else if (c === '\r') body += '\\r'
    else if (c === quote) body += '\\' + c
    else if (code < 0x20 || code === 0x7f) body += '\\x' + code.toString(16).padStart(2, '0')
    else body += c
  }
  return quote + body + quote
}

/** Python's 'format % args': printf-style formatting. */
export function percent(format: string, args: any): string {
  const values = Array.isArray(args) ? [...args] : [args]
  return format.replace(
    /%(\(([^)]*)\))?([-+ 0#]*)(\d+|\*)?(?:\.(\d+|\*))?([sdirfFgGeExXoc%])/g,
    (_m, _k, key, flags, width, precision, type) => {
      if (type === '%') return '%'
      if (width === '*') width = String(values.shift())
      if (precision === '*') precision = String(values.shift())
      const value = key !== undefined ? args[key] : values.shift()
      if (type === 'c') return pad(typeof value === 'number' ? String.fromCodePoint(value) : str(value), flags, width)
      if (type === 'r') return pad(repr(value), flags, width)
      if (type === 's')
        return pad(precision !== undefined ? str(value).slice(0, Number(precision)) : str(value), flags, width)
      const sign = flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : ''
      const spec = sign + (precision !== undefined ? '.' + precision : '') + (type === 'i' || type === 'u' ? 'd' : type)
      return pad(formatValue(Number(value), spec), flags, width)
    },
  )
}

function pad(text: string, flags: string, width?: string): string {
  const size = width ? Number(width) : 0
  if (text.length >= size) return text
  if (flags.includes('-')) return text.padEnd(size)
  if (flags.includes('0') && /^[+\- ]?\d/.test(text)) {
    const sign = /^[+\- ]/.test(text) ? text[0]! : ''
    return sign + text.slice(sign.length).padStart(size - sign.length, '0')
  }
  return text.padStart(size)
}

/** Python's format(value, spec): fill/align, sign, width, grouping, precision and the types. */
export function formatValue(value: any, spec = ''): string {
  const custom = method(value, '__format__')
  if (custom) return String(custom.call(value, spec))
  const m = /^(?:(.)?([<>^=]))?([+\- ]?)(#?)(0?)(\d*)([,_]?)(?:\.(\d+))?([bcdeEfFgGnosxX%r]?)$/s.exec(spec)
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
      text = generalFormat(Number(value), p === 0 ? 1 : (p ?? 6))
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
    case 'c':
      text = String.fromCodePoint(value)
      break
    case 'r':
      text = repr(value)
      break
    case 's':
      text = str(value)
      if (p !== undefined) text = text.slice(0, p)
      break
    default:
      text =
        p !== undefined && typeof value === 'number'
          ? generalFormat(value, p)
          : p !== undefined
            ? str(value).slice(0, p)
            : str(value)
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

/** The 'g' presentation: precision significant digits, trailing zeros dropped. */
function generalFormat(value: number, precision: number): string {
  if (!Number.isFinite(value)) return numberText(value)
  if (value === 0) return '0'
  const exponent = Math.floor(Math.log10(Math.abs(value)))
  if (exponent < -4 || exponent >= precision) {
    return value
      .toExponential(precision - 1)
      .replace(/\.?0+e/, 'e')
      .replace(/e([+-])(\d)$/, 'e$10$2')
  }
  return String(Number(value.toPrecision(precision)))
}

/** Python's str.format: {}, {0}, {name}, {name.attr}, {name[key]}, {!r}, {:spec}, {{ and }}. */
export function format(template: string, args: any[] = [], kwargs: Record<string, any> = {}): string {
  let next = 0
  return template.replace(
    /\{\{|\}\}|\{([^{}!:]*)(?:!([rsa]))?(?::((?:[^{}]|\{[^{}]*\})*))?\}/g,
    (m, field: string, conv, spec: string | undefined) => {
      if (m === '{{') return '{'
      if (m === '}}') return '}'
      const [, head = '', rest = ''] = /^([^.[]*)(.*)$/.exec(field)!
      let value = head === '' ? args[next++] : /^\d+$/.test(head) ? args[Number(head)] : kwargs[head]
      for (const [, attr, key] of rest.matchAll(/\.(\w+)|\[([^\]]*)\]/g)) {
        value = attr !== undefined ? value[attr] : /^\d+$/.test(key!) ? value[Number(key)] : value[key!]
      }
      if (conv === 'r' || conv === 'a') value = repr(value)
      else if (conv === 's') value = str(value)
      const nested = (spec ?? '').replace(/\{([^{}]*)\}/g, (_n, name: string) =>
        str(name === '' ? args[next++] : /^\d+$/.test(name) ? args[Number(name)] : kwargs[name]),
      )
      return formatValue(value, nested)
    },
  )
}
