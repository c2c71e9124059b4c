// functools: reduce, partial, wraps, lru_cache/cache (keyed by the arguments' repr), cmp_to_key,
// total_ordering and cached_property.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_ } from '../errors.js'
import { iter } from '../iteration.js'
import { call, kw, splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'
import { repr } from '../text.js'

const NONE = Symbol('no initial')

/** cmp_to_key's key: an object (not a plain one, which would be a dict) ordered by the cmp function. */
class CmpKey {
  constructor(
    readonly value: any,
    private readonly cmp: (a: any, b: any) => number,
  ) {}
  __lt__(o: CmpKey): boolean {
    return this.cmp(this.value, o.value) < 0
  }
  __gt__(o: CmpKey): boolean {
    return this.cmp(this.value, o.value) > 0
  }
  __le__(o: CmpKey): boolean {
    return this.cmp(this.value, o.value) <= 0
  }
  __ge__(o: CmpKey): boolean {
    return this.cmp(this.value, o.value) >= 0
  }
  __eq__(o: CmpKey): boolean {
    return this.cmp(this.value, o.value) === 0
  }
}

function reduce(f: (a: any, b: any) => any, xs: any, initial: any = NONE): any {
  const items = [...iter(xs)]
  if (initial === NONE) {
    if (!items.length) throw new TypeError_('reduce() of empty iterable with no initial value')
    initial = items.shift()
  }
  return items.reduce(f, initial)
}

function partial(f: (...a: any[]) => any, ...bound: any[]): any {
  const [args, kwargs] = splitKwargs(bound)
  const p = (...more: any[]) => {
    const [extra, extraKwargs] = splitKwargs(more)
    const all = { ...kwargs, ...extraKwargs }
    return call(f, ...args, ...extra, ...(Object.keys(all).length ? [kw(all)] : []))
  }
  return Object.assign(p, { func: f, args, keywords: kwargs })
}

function memoize(f: (...a: any[]) => any): any {
  const cache = new Map<string, any>()
  const cached = function (this: any, ...args: any[]) {
    const key = args.map(repr).join('\u0000')
    if (!cache.has(key)) cache.set(key, f.apply(this, args))
    return cache.get(key)
  }
  return Object.assign(cached, { cache_clear: () => cache.clear(), __wrapped__: f })
}

/** lru_cache, lru_cache(), lru_cache(maxsize=…), cache. */
function lru_cache(...args: any[]): any {
  const [[first]] = splitKwargs(args)
  return typeof first === 'function' ? memoize(first) : memoize
}

/** update_wrapper(wrapper, wrapped): the wrapper takes the wrapped function's name and docstring. */
function update_wrapper(wrapper: any, wrapped: any): any {
  for (const name of ['__name__', '__qualname__', '__doc__', '__module__']) {
    const value = name === '__name__' || name === '__qualname__' ? (wrapped[name] ?? wrapped.name) : wrapped[name]
    if (value !== undefined) Object.defineProperty(wrapper, name, { value, writable: true, configurable: true })
  }
  Object.defineProperty(wrapper, '__wrapped__', { value: wrapped, writable: true, configurable: true })
  return wrapper
}

function total_ordering(cls: any): any {
  const p = cls.prototype
  const lt =
    p.__lt__ ??
    (p.__gt__ &&
      function (this: any, o: any) {
        return o.__gt__(this)
      })
  if (!lt) throw new TypeError_('must define at least one ordering operation: < > <= >=')
  p.__lt__ ??= lt
  p.__le__ ??= function (this: any, o: any) {
    return this.__lt__(o) || this.__eq__?.(o)
  }
  p.__gt__ ??= function (this: any, o: any) {
    return !this.__le__(o)
  }
  p.__ge__ ??= function (this: any, o: any) {
    return !this.__lt__(o)
  }
  return cls
}

export const functools = pyModule('functools', {
  reduce,
  partial,
  wraps: (wrapped: any) => (wrapper: any) => update_wrapper(wrapper, wrapped),
  update_wrapper,
  lru_cache,
  cache: memoize,
  cmp_to_key: (cmp: (a: any, b: any) => number) => (x: any) => new CmpKey(x, cmp),
  total_ordering,
  cached_property: (f: any) => memoize(f),
})
