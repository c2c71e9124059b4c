// Python's re module on JavaScript RegExps: patterns are translated from Python's syntax (named
// groups, \A \Z, Unicode classes, inline flags), and match/search/fullmatch/findall/finditer/sub/
// split return what Python's do (Match objects, None, lists of groups).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { captureGroups, translatePythonRegex } from '../../py-regex.js'
import { IndexError, PythonError } from '../errors.js'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'
import { repr } from '../text.js'

class ReError extends PythonError {
  static override pythonName = 'error'
}

const FLAGS = {
  I: 2,
  IGNORECASE: 2,
  L: 4,
  LOCALE: 4,
  M: 8,
  MULTILINE: 8,
  S: 16,
  DOTALL: 16,
  U: 32,
  UNICODE: 32,
  X: 64,
  VERBOSE: 64,
  A: 256,
  ASCII: 256,
}

export class Match {
  constructor(
    readonly re: Pattern,
    readonly string: string,
    private readonly m: RegExpExecArray,
  ) {}
  #index(g: number | string): number {
    if (typeof g === 'number') {
      if (g < 0 || g > this.re.groups) throw new IndexError('no such group')
      return g
    }
    const at = this.re.names.indexOf(g)
    if (at < 0) throw new IndexError('no such group')
    return at + 1
  }
  group(...gs: (number | string)[]): any {
    if (gs.length === 0) return this.m[0]
    const values = gs.map((g) => this.m[this.#index(g)] ?? null)
    return gs.length === 1 ? values[0] : values
  }
  __getitem__(g: number | string): any {
    return this.group(g)
  }
  groups(fallback: any = null): any[] {
    return Array.from({ length: this.re.groups }, (_, i) => this.m[i + 1] ?? fallback)
  }
  groupdict(fallback: any = null): Record<string, any> {
    const out: Record<string, any> = {}
    this.re.names.forEach((name, i) => {
      if (name !== undefined) out[name] = this.m[i + 1] ?? fallback
    })
    return out
  }
  start(g: number | string = 0): number {
    return this.span(g)[0]
  }
  end(g: number | string = 0): number {
    return this.span(g)[1]
  }
  span(g: number | string = 0): [number, number] {
    const i = this.#index(g)
    const indices = (this.m as any).indices?.[i]
    return indices ? [indices[0], indices[1]] : [-1, -1]
  }
  get lastindex(): number | null {
    for (let i = this.re.groups; i > 0; i--) if (this.m[i] !== undefined) return i
    return null
  }
  __bool__(): boolean {
    return true
  }
  __repr__(): string {
    return `<re.Match object; span=(${this.span().join(', ')}), match=${repr(this.m[0])}>`
  }
}

export class Pattern {
  readonly names: (string | undefined)[]
  readonly source: string
  readonly jsFlags: string
  constructor(
    readonly pattern: string,
    readonly flags: number = 0,
  ) {
    const translated = translatePythonRegex(flags & FLAGS.X ? `(?x)${pattern}` : pattern)
    this.source = translated.source
    let js = translated.flags + 'd'
    if (flags & FLAGS.I) js += 'i'
    if (flags & FLAGS.M) js += 'm'
    if (flags & FLAGS.S) js += 's'
    this.jsFlags = [...new Set(js + 'u')].join('')
    this.names = captureGroups(this.source)
    try {
      new RegExp(this.source, this.jsFlags)
    } catch (error) {
      throw new ReError(`${(error as Error).message} in ${repr(pattern)}`)
    }
  }
  get groups(): number {
    return this.names.length
  }
  get groupindex(): Record<string, number> {
    const out: Record<string, number> = {}
    this.names.forEach((n, i) => n !== undefined && (out[n] = i + 1))
    return out
  }
  #exec(string: string, pos: number, mode: 'match' | 'search' | 'full'): Match | null {
    const source = mode === 'full' ? `(?:${this.source})(?![\\s\\S])` : this.source
    const re = new RegExp(source, this.jsFlags + (mode === 'search' ? 'g' : 'y'))
    re.lastIndex = pos
    const m = re.exec(string)
    return m ? new Match(this, string, m) : null
  }
  match(string: string, pos = 0): Match | null {
    return this.#exec(string, pos, 'match')
  }
  search(string: string, pos = 0): Match | null {
    return this.#exec(string, pos, 'search')
  }
  fullmatch(string: string, pos = 0): Match | null {
    return this.#exec(string, pos, 'full')
  }
  finditer(string: string): Match[] {
    const re = new RegExp(this.source, this.jsFlags + 'g')
    const out: Match[] = []
    for (let m = re.exec(string); m; m = re.exec(string)) {
      out.push(new Match(this, string, m))
      if (m[0] === '') re.lastIndex++
    }
    return out
  }
  findall(string: string): any[] {
    return this.finditer(string).map((m) =>
      this.groups === 0 ? m.group() : this.groups === 1 ? (m.groups('')[0] as string) : m.groups(''),
    )
  }
  sub(repl: any, string: string, count = 0): string {
    return this.subn(repl, string, count)[0]
  }
  subn(repl: any, string: string, count = 0): [string, number] {
    let out = ''
    let at = 0
    let n = 0
    for (const m of this.finditer(string)) {
      if (count && n >= count) break
      out += string.slice(at, m.start()) + (typeof repl === 'function' ? repl(m) : expand(repl, m))
      at = m.end()
      n++
    }
    return [out + string.slice(at), n]
  }
  split(string: string, maxsplit = 0): any[] {
    const out: any[] = []
    let at = 0
    let n = 0
    for (const m of this.finditer(string)) {
      if (maxsplit && n >= maxsplit) break
      out.push(string.slice(at, m.start()), ...m.groups())
      at = m.end()
      n++
    }
    return [...out, string.slice(at)]
  }
  __repr__(): string {
    return `re.compile(${repr(this.pattern)})`
  }
}

/** A replacement template: \1, \g<1>, \g<name>, and Python's string escapes. */
function expand(template: string, m: Match): string {
  return template.replace(/\\(?:g<([^>]+)>|(\d{1,2})|(.))/g, (_all, name, number, other) => {
    if (name !== undefined) return m.group(/^\d+$/.test(name) ? Number(name) : name) ?? ''
    if (number !== undefined) return m.group(Number(number)) ?? ''
    return { n: '\n', t: '\t', r: '\r', '\\': '\\' }[other as string] ?? '\\' + other
  })
}

const cache = new Map<string, Pattern>()

function compile(pattern: any, flags = 0): Pattern {
  if (pattern instanceof Pattern) return pattern
  const key = `${flags}:${pattern}`
  let compiled = cache.get(key)
  if (!compiled) cache.set(key, (compiled = new Pattern(pattern, flags)))
  return compiled
}

/** A module-level function: (pattern, …fixed arguments, flags=0) with keywords too. */
function using<T>(names: string[], f: (p: Pattern, a: Record<string, any>) => T) {
  return (...args: any[]): T => {
    const [positional, kwargs] = splitKwargs(args)
    const a: Record<string, any> = { ...kwargs }
    ;['pattern', ...names, 'flags'].forEach((name, i) => {
      if (i < positional.length) a[name] = positional[i]
    })
    return f(compile(a.pattern, a.flags ?? 0), a)
  }
}

export const re = pyModule('re', {
  ...FLAGS,
  compile,
  match: using(['string'], (p, a) => p.match(a.string)),
  search: using(['string'], (p, a) => p.search(a.string)),
  fullmatch: using(['string'], (p, a) => p.fullmatch(a.string)),
  findall: using(['string'], (p, a) => p.findall(a.string)),
  finditer: using(['string'], (p, a) => p.finditer(a.string)),
  sub: using(['repl', 'string', 'count'], (p, a) => p.sub(a.repl, a.string, a.count ?? 0)),
  subn: using(['repl', 'string', 'count'], (p, a) => p.subn(a.repl, a.string, a.count ?? 0)),
  split: using(['string', 'maxsplit'], (p, a) => p.split(a.string, a.maxsplit ?? 0)),
  escape: (s: string) => s.replace(/[^\p{L}\p{N}_]/gu, (c) => '\\' + c),
  purge: () => cache.clear(),
  Pattern,
  Match,
  error: ReError,
})
