// json.dumps / loads / dump / load with Python's output: `, ` and `: ` separators, ensure_ascii,
// indent, sort_keys, default=, True/False/None, NaN and Infinity.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_, ValueError } from '../errors.js'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'
import { isDict, method } from '../values.js'

class JSONDecodeError extends ValueError {}

function encodeString(s: string, ascii: boolean): string {
  let out = '"'
  for (const c of s) {
    const code = c.codePointAt(0)!
    if (c === '"') out += '\\"'
    else if (c === '\\') out += '\\\\'
    else if (c === '\n') out += '\\n'
    else if (c === '\r') out += '\\r'
    else if (c === '\t') out += '\\t'
    else if (c === '\b') out += '\\b'
    else if (c === '\f') out += '\\f'
    else if (code < 0x20 || (ascii && code > 0x7e)) {
      const units = code > 0xffff ? [0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff)] : [code]
      out += units.map((u) => '\\u' + u.toString(16).padStart(4, '0')).join('')
    } else out += c
  }
  return out + '"'
}

interface Options {
  indent: string | null
  itemSep: string
  keySep: string
  sortKeys: boolean
  ascii: boolean
  fallback: ((x: any) => any) | null
}

function encode(x: any, o: Options, depth: number): string {
  if (x === null || x === undefined) return 'null'
  if (x === true) return 'true'
  if (x === false) return 'false'
  if (typeof x === 'number') {
    if (Number.isNaN(x)) return 'NaN'
    if (!Number.isFinite(x)) return x > 0 ? 'Infinity' : '-Infinity'
    return String(x)
  }
  if (typeof x === 'string') return encodeString(x, o.ascii)
  const nl = o.indent === null ? '' : '\n' + o.indent.repeat(depth + 1)
  const close = o.indent === null ? '' : '\n' + o.indent.repeat(depth)
  if (Array.isArray(x)) {
    if (!x.length) return '[]'
    return '[' + nl + x.map((v) => encode(v, o, depth + 1)).join(o.itemSep + nl) + close + ']'
  }
  const entries: [any, any][] | undefined =
    x instanceof Map ? [...x] : isDict(x) ? Object.entries(x) : method(x, 'items') ? x.items() : undefined
  if (entries) {
    if (!entries.length) return '{}'
    const keyed = entries.map(([k, v]) => [typeof k === 'string' ? k : k === null ? 'null' : String(k), v] as const)
    if (o.sortKeys) keyed.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return (
      '{' +
      nl +
      keyed.map(([k, v]) => encodeString(k, o.ascii) + o.keySep + encode(v, o, depth + 1)).join(o.itemSep + nl) +
      close +
      '}'
    )
  }
  if (o.fallback) return encode(o.fallback(x), o, depth)
  throw new TypeError_(`Object of type ${x?.constructor?.name ?? typeof x} is not JSON serializable`)
}

function dumps(...args: any[]): string {
  const [[obj], kw] = splitKwargs(args)
  const indent =
    kw.indent === undefined || kw.indent === null
      ? null
      : typeof kw.indent === 'number'
        ? ' '.repeat(kw.indent)
        : kw.indent
  const [itemSep, keySep] = kw.separators ?? (indent === null ? [', ', ': '] : [',', ': '])
  return encode(
    obj,
    {
      indent,
      itemSep,
      keySep,
      sortKeys: Boolean(kw.sort_keys),
      ascii: kw.ensure_ascii ?? true,
      fallback: kw.default ?? null,
    },
    0,
  )
}

function loads(...args: any[]): any {
  const [[text]] = splitKwargs(args)
  try {
    const source = String(text).replace(/\bNaN\b|-?\bInfinity\b/g, (m) => `"\u0000${m}"`)
    return JSON.parse(source, (_k, v) =>
      typeof v === 'string' && v.startsWith('\u0000')
        ? { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity }[v.slice(1)]
        : v,
    )
  } catch (error) {
    throw new JSONDecodeError(String((error as Error).message))
  }
}

export const json = pyModule('json', {
  dumps,
  loads,
  dump: (obj: any, fp: any, ...rest: any[]) => void fp.write(dumps(obj, ...rest)),
  load: (fp: any, ...rest: any[]) => loads(fp.read(), ...rest),
  JSONDecodeError,
})
