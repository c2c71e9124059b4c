// collections: Counter and defaultdict (keyed like Python dicts, any key type), OrderedDict,
// namedtuple (a tuple, i.e. an array, with named fields) and deque.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { getitem, items as itemsOf, keys as keysOf } from '../containers.js'
import { IndexError, KeyError } from '../errors.js'
import { iter } from '../iteration.js'
import { call, splitKwargs } from '../kwargs.js'
import { eq } from '../operators.js'
import { pyModule } from '../registry.js'
import { repr } from '../text.js'
import { isDict, method } from '../values.js'

/** A dict whose keys keep their Python type (1 is not '1'); the base of Counter and defaultdict. */
class KeyedDict {
  protected data = new Map<any, any>()
  protected keyOf(k: any): any {
    if (k !== null && typeof k === 'object')
      for (const existing of this.data.keys()) if (eq(existing, k)) return existing
    return k
  }
  __getitem__(k: any): any {
    const key = this.keyOf(k)
    if (!this.data.has(key)) return this.__missing__(k)
    return this.data.get(key)
  }
  __missing__(k: any): any {
    throw new KeyError(k)
  }
  __setitem__(k: any, v: any): void {
    this.data.set(this.keyOf(k), v)
  }
  __delitem__(k: any): void {
    if (!this.data.delete(this.keyOf(k))) throw new KeyError(k)
  }
  __contains__(k: any): boolean {
    return this.data.has(this.keyOf(k))
  }
  __len__(): number {
    return this.data.size
  }
  __iter__(): Iterator<any> {
    return this.data.keys()
  }
  __eq__(other: any): boolean {
    const pairs = other instanceof KeyedDict ? other.items() : isDict(other) ? Object.entries(other) : null
    if (!pairs || pairs.length !== this.data.size) return false
    return pairs.every(([k, v]: [any, any]) => this.__contains__(k) && eq(this.data.get(this.keyOf(k)), v))
  }
  get(k: any, fallback: any = null): any {
    const key = this.keyOf(k)
    return this.data.has(key) ? this.data.get(key) : fallback
  }
  keys(): any[] {
    return [...this.data.keys()]
  }
  values(): any[] {
    return [...this.data.values()]
  }
  items(): [any, any][] {
    return [...this.data.entries()]
  }
  pop(k: any, ...fallback: any[]): any {
    const key = this.keyOf(k)
    if (!this.data.has(key)) {
      if (fallback.length) return fallback[0]
      throw new KeyError(k)
    }
    const v = this.data.get(key)
    this.data.delete(key)
    return v
  }
  setdefault(k: any, v: any = null): any {
    const key = this.keyOf(k)
    if (!this.data.has(key)) this.data.set(key, v)
    return this.data.get(key)
  }
  clear(): void {
    this.data.clear()
  }
  protected entriesOf(source: any): [any, any][] {
    if (source === undefined || source === null) return []
    if (source instanceof KeyedDict) return source.items()
    if (source instanceof Map) return [...source]
    if (isDict(source)) return Object.entries(source)
    if (method(source, 'keys')) return keysOf(source).map((k: any) => [k, getitem(source, k)])
    return [...iter(source)].map((p: any) => [p[0], p[1]])
  }
}

class Counter extends KeyedDict {
  constructor(...args: any[]) {
    super()
    this.update(...args)
  }
  override __missing__(): number {
    return 0
  }
  update(...args: any[]): void {
    const [[source], kwargs] = splitKwargs(args)
    if (
      source !== undefined &&
      source !== null &&
      !(source instanceof KeyedDict) &&
      !(source instanceof Map) &&
      !isDict(source)
    ) {
      for (const x of iter(source)) this.__setitem__(x, this.get(x, 0) + 1)
    } else for (const [k, n] of this.entriesOf(source)) this.__setitem__(k, this.get(k, 0) + n)
    for (const [k, n] of Object.entries(kwargs)) this.__setitem__(k, this.get(k, 0) + n)
  }
  subtract(...args: any[]): void {
    const [[source]] = splitKwargs(args)
    const pairs =
      source instanceof KeyedDict || source instanceof Map || isDict(source)
        ? this.entriesOf(source)
        : [...iter(source)].map((x) => [x, 1])
    for (const [k, n] of pairs) this.__setitem__(k, this.get(k, 0) - n)
  }
  most_common(n: number | null = null): [any, number][] {
    const sorted = this.items().sort((a, b) => b[1] - a[1])
    return n === null ? sorted : sorted.slice(0, n)
  }
  elements(): any[] {
    return this.items().flatMap(([k, n]) => Array.from({ length: Math.max(0, n) }, () => k))
  }
  total(): number {
    return this.values().reduce((a, b) => a + b, 0)
  }
  copy(): Counter {
    return new Counter(this)
  }
  __add__(other: Counter): Counter {
    const out = new Counter()
    for (const [k, n] of [...this.items(), ...other.items()]) out.__setitem__(k, out.get(k, 0) + n)
    for (const [k, n] of out.items()) if (n <= 0) out.__delitem__(k)
    return out
  }
  __sub__(other: Counter): Counter {
    const out = new Counter()
    for (const [k, n] of this.items()) if (n - other.get(k, 0) > 0) out.__setitem__(k, n - other.get(k, 0))
    return out
  }
  override __eq__(other: any): boolean {
    // Counter(a=1) == Counter(a=1, b=0) in Python 3.10+.
    const mine = this.items().filter(([, n]) => n !== 0)
    const theirs = (other instanceof KeyedDict ? other.items() : isDict(other) ? Object.entries(other) : []).filter(
      ([, n]) => n !== 0,
    )
    return mine.length === theirs.length && theirs.every(([k, n]) => eq(this.get(k, 0), n))
  }
  __repr__(): string {
    const body = this.most_common()
      .map(([k, n]) => `${repr(k)}: ${repr(n)}`)
      .join(', ')
    return body ? `Counter({${body}})` : 'Counter()'
  }
}

class defaultdict extends KeyedDict {
  constructor(
    public default_factory: any = null,
    ...args: any[]
  ) {
    super()
    const [[source], kwargs] = splitKwargs(args)
    for (const [k, v] of [...this.entriesOf(source), ...Object.entries(kwargs)]) this.__setitem__(k, v)
  }
  override __missing__(k: any): any {
    if (this.default_factory === null) throw new KeyError(k)
    const value = call(this.default_factory)
    this.__setitem__(k, value)
    return value
  }
  update(...args: any[]): void {
    const [[source], kwargs] = splitKwargs(args)
    for (const [k, v] of [...this.entriesOf(source), ...Object.entries(kwargs)]) this.__setitem__(k, v)
  }
  copy(): defaultdict {
    return new defaultdict(this.default_factory, this)
  }
  __repr__(): string {
    return `defaultdict(${repr(this.default_factory)}, {${this.items()
      .map(([k, v]) => `${repr(k)}: ${repr(v)}`)
      .join(', ')}})`
  }
}

/** OrderedDict: Python dicts keep insertion order, so a plain dict. */
function OrderedDict(...args: any[]): Record<string, any> {
  const [[source], kwargs] = splitKwargs(args)
  const out: Record<string, any> = {}
  if (source !== undefined)
    for (const [k, v] of isDict(source) ? Object.entries(source) : itemsOrPairs(source)) out[k] = v
  return Object.assign(out, kwargs)
}

const itemsOrPairs = (source: any): [any, any][] =>
  method(source, 'items') || source instanceof Map ? itemsOf(source) : [...iter(source)]

/** namedtuple('Point', ['x', 'y']) or namedtuple('Point', 'x y'). */
function namedtuple(typename: string, fieldNames: any, ...rest: any[]): any {
  const [, kwargs] = splitKwargs(rest)
  const fields: string[] =
    typeof fieldNames === 'string' ? fieldNames.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : [...fieldNames]
  const defaults: any[] = kwargs.defaults ? [...kwargs.defaults] : []
  const Tuple = class extends Array {
    static _fields = fields
    // map/filter/slice of a namedtuple give plain lists (a new Tuple would be filled from its fields).
    static override get [Symbol.species]() {
      return Array
    }
    /** _make(iterable): a new instance from the values in order. */
    static _make(values: any): any {
      return new Tuple(...iter(values))
    }
    constructor(...args: any[]) {
      super()
      const [positional, named] = splitKwargs(args)
      fields.forEach((f, i) => {
        const d = i - (fields.length - defaults.length)
        this.push(i < positional.length ? positional[i] : f in named ? named[f] : d >= 0 ? defaults[d] : undefined)
      })
    }
    _asdict(): Record<string, any> {
      return Object.fromEntries(fields.map((f, i) => [f, this[i]]))
    }
    _replace(...args: any[]): any {
      const [, named] = splitKwargs(args)
      return new Tuple(...fields.map((f, i) => (f in named ? named[f] : this[i])))
    }
    __repr__(): string {
      return `${typename}(${fields.map((f, i) => `${f}=${repr(this[i])}`).join(', ')})`
    }
  }
  Object.defineProperty(Tuple, 'name', { value: typename })
  fields.forEach((f, i) =>
    Object.defineProperty(Tuple.prototype, f, {
      get(this: any[]) {
        return this[i]
      },
    }),
  )
  return Tuple
}

class deque extends Array {
  maxlen: number | null
  constructor(...args: any[]) {
    super()
    const [[source, maxlen = null], kwargs] = splitKwargs(args)
    this.maxlen = kwargs.maxlen ?? maxlen
    if (source !== undefined && source !== null) for (const x of iter(source)) this.append(x)
  }
  static override get [Symbol.species]() {
    return Array
  }
  append(x: any): void {
    this.push(x)
  }
  // Translated code calls list methods as JavaScript's (append → push, extend → push(...)): a full
  // deque drops from the other end either way.
  override push(...xs: any[]): number {
    for (const x of xs) {
      super.push(x)
      if (this.maxlen !== null && this.length > this.maxlen) this.shift()
    }
    return this.length
  }
  appendleft(x: any): void {
    this.unshift(x)
    if (this.maxlen !== null && this.length > this.maxlen) this.pop()
  }
  popleft(): any {
    if (!this.length) throw new IndexError('pop from an empty deque')
    return this.shift()
  }
  extendleft(xs: any): void {
    for (const x of iter(xs)) this.appendleft(x)
  }
  rotate(n = 1): void {
    if (!this.length) return
    const k = ((n % this.length) + this.length) % this.length
    this.unshift(...this.splice(this.length - k, k))
  }
}

export const collections = pyModule('collections', { Counter, defaultdict, OrderedDict, namedtuple, deque })
