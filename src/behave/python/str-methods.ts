// Python's str methods where JavaScript's differ or are missing (split, strip with characters,
// partition, title, center, is*…). Each first lets a project object's own method of that name
// answer, since the translation cannot always know the receiver is a str.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { iter } from './iteration.js'
import { TypeError_, ValueError } from './errors.js'
import { splitKwargs } from './kwargs.js'
import { isModule } from './registry.js'
import { method } from './values.js'

const LINE_BREAKS = '\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029'
const SPACE =
  ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000'

/** Calls the receiver's own method `name` if it is not a str. */
function own(s: any, name: string, args: any[]): { value: any } | undefined {
  if (typeof s === 'string') return undefined
  const m = method(s, name)
  if (m) return { value: m.apply(s, args) }
  // A module's function whose name is also a str method's (os.path.join, os.path.split).
  if (isModule(s) && typeof s[name] === 'function') return { value: s[name](...args) }
  throw new TypeError_(`'${s?.constructor?.name ?? 'NoneType'}' object has no attribute '${name}'`)
}

export function split(s: any, ...args: any[]): string[] {
  const custom = own(s, 'split', args)
  if (custom) return custom.value
  const [[sepArg = null, maxArg = -1], kw] = splitKwargs(args)
  const sep = kw.sep ?? sepArg
  const maxsplit = kw.maxsplit ?? maxArg
  if (sep === null) {
    const parts: string[] = []
    let rest = s.replace(/^\s+/, '')
    while (rest) {
      const m = /\s+/.exec(rest)
      if ((maxsplit >= 0 && parts.length >= maxsplit) || !m) {
        parts.push(rest)
        break
      }
      parts.push(rest.slice(0, m.index))
      rest = rest.slice(m.index + m[0].length)
    }
    return parts
  }
  if (sep === '') throw new ValueError('empty separator')
  const parts = s.split(sep)
  return maxsplit < 0 || parts.length <= maxsplit + 1
    ? parts
    : [...parts.slice(0, maxsplit), parts.slice(maxsplit).join(sep)]
}

export function rsplit(s: any, ...args: any[]): string[] {
  const custom = own(s, 'rsplit', args)
  if (custom) return custom.value
  const [[sep = null, maxsplit = -1]] = splitKwargs(args)
  if (maxsplit < 0) return split(s, sep)
  if (sep === null) {
    const words = s.trim().split(/\s+/).filter(Boolean)
    if (words.length <= maxsplit + 1) return words
    const tail = words.slice(words.length - maxsplit)
    const headText = s
      .trimEnd()
      .slice(0, s.trimEnd().length - tail.join(' ').length)
      .trimEnd()
    return [headText, ...tail]
  }
  const parts = s.split(sep)
  return parts.length <= maxsplit + 1
    ? parts
    : [parts.slice(0, parts.length - maxsplit).join(sep), ...parts.slice(parts.length - maxsplit)]
}

/** str.splitlines(): lines without their endings, no empty last line. */
export function splitlines(s: any, keepends = false): string[] {
  const custom = own(s, 'splitlines', [keepends])
  if (custom) return custom.value
  // Python's line boundaries: \n \r \r\n \v \f \x1c-\x1e \x85 \u2028 \u2029.
  const out: string[] = []
  let line = ''
  const text = String(s)
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (!LINE_BREAKS.includes(c)) {
      line += c
      continue
    }
    const end = c === '\r' && text[i + 1] === '\n' ? '\r\n' : c
    i += end.length - 1
    out.push(keepends ? line + end : line)
    line = ''
  }
  if (line) out.push(line)
  return out
}

function stripper(name: 'strip' | 'lstrip' | 'rstrip', left: boolean, right: boolean) {
  return (s: any, ...args: any[]): string => {
    const custom = own(s, name, args)
    if (custom) return custom.value
    const chars: string | null = args[0] ?? null
    const set = chars === null ? SPACE : chars
    let start = 0
    let end = s.length
    while (left && start < end && set.includes(s[start])) start++
    while (right && end > start && set.includes(s[end - 1])) end--
    return s.slice(start, end)
  }
}
export const strip = stripper('strip', true, true)
export const lstrip = stripper('lstrip', true, false)
export const rstrip = stripper('rstrip', false, true)

export function join(separator: any, xs: any, ...more: any[]): string {
  // os.path.join(a, b, c) reaches here too when the translation took it for str.join.
  const custom = own(separator, 'join', [xs, ...more])
  if (custom) return custom.value
  const parts = [...iter(xs)]
  const bad = parts.findIndex((p) => typeof p !== 'string')
  if (bad >= 0)
    throw new TypeError_(
      `sequence item ${bad}: expected str instance, ${parts[bad] === null ? 'NoneType' : typeof parts[bad]} found`,
    )
  return parts.join(separator)
}

function affix(name: 'startswith' | 'endswith') {
  return (s: any, prefix: any, start = 0, end?: number): boolean => {
    const custom = own(s, name, [prefix, start, end])
    if (custom) return custom.value
    const text = s.slice(start, end)
    const options: string[] = typeof prefix === 'string' ? [prefix] : [...prefix]
    return options.some((p) => (name === 'startswith' ? text.startsWith(p) : text.endsWith(p)))
  }
}
export const startswith = affix('startswith')
export const endswith = affix('endswith')

function partitioner(name: 'partition' | 'rpartition') {
  return (s: any, sep: string): [string, string, string] => {
    const custom = own(s, name, [sep])
    if (custom) return custom.value
    const at = name === 'partition' ? s.indexOf(sep) : s.lastIndexOf(sep)
    if (at < 0) return name === 'partition' ? [s, '', ''] : ['', '', s]
    return [s.slice(0, at), sep, s.slice(at + sep.length)]
  }
}
export const partition = partitioner('partition')
export const rpartition = partitioner('rpartition')

function simple<A extends any[]>(name: string, f: (s: string, ...a: A) => any) {
  return (s: any, ...args: A): any => {
    const custom = own(s, name, args)
    return custom ? custom.value : f(s, ...args)
  }
}

const words = (s: string) => s.replace(/[A-Za-z\u00C0-\u024F]+/g, (w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())

export const title = simple('title', words)
export const capitalize = simple('capitalize', (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase())
export const swapcase = simple('swapcase', (s) =>
  [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
)
export const casefold = simple('casefold', (s) => s.toLowerCase())
export const center = simple('center', (s, width: number, fill = ' ') => {
  const gap = Math.max(0, width - s.length)
  const left = Math.floor(gap / 2) + (gap % 2 && width % 2 ? 1 : 0)
  return fill.repeat(left) + s + fill.repeat(gap - left)
})
export const ljust = simple('ljust', (s, width: number, fill = ' ') => s.padEnd(width, fill))
export const rjust = simple('rjust', (s, width: number, fill = ' ') => s.padStart(width, fill))
// Each tab reaches the next multiple of the tab size, counted from the line's start.
export const expandtabs = simple('expandtabs', (s, size = 8) =>
  s.replace(/[^\t\n\r]*\t/g, (run: string) => {
    const text = run.slice(0, -1)
    return size > 0 ? text.padEnd(text.length + size - (text.length % size)) : text
  }),
)
export const removeprefix = simple('removeprefix', (s, p: string) => (p && s.startsWith(p) ? s.slice(p.length) : s))
export const removesuffix = simple('removesuffix', (s, p: string) => (p && s.endsWith(p) ? s.slice(0, -p.length) : s))
export const rfind = simple('rfind', (s, x: string) => s.lastIndexOf(x))
export const rindex = simple('rindex', (s, x: string) => {
  const at = s.lastIndexOf(x)
  if (at < 0) throw new ValueError('substring not found')
  return at
})
export const isalpha = simple('isalpha', (s) => /^\p{L}+$/u.test(s))
export const isalnum = simple('isalnum', (s) => /^[\p{L}\p{N}]+$/u.test(s))
export const isdigit = simple('isdigit', (s) => /^\p{Nd}+$/u.test(s))
export const isdecimal = simple('isdecimal', (s) => /^\p{Nd}+$/u.test(s))
export const isnumeric = simple('isnumeric', (s) => /^\p{N}+$/u.test(s))
export const isspace = simple('isspace', (s) => s.length > 0 && [...s].every((c) => SPACE.includes(c)))
export const islower = simple('islower', (s) => /\p{Ll}/u.test(s) && !/\p{Lu}/u.test(s))
export const isupper = simple('isupper', (s) => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s))
export const istitle = simple('istitle', (s) => /\p{L}/u.test(s) && words(s) === s)
export const isidentifier = simple('isidentifier', (s) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s))
export const encode = simple('encode', (s) => s)
export const decode = simple('decode', (s) => s)
