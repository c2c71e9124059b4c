// Iteration as Python does it: iter() (dicts give their keys, objects their __iter__), next() with
// StopIteration or a default, and the built-ins over iterables (range, enumerate, zip, sorted,
// reversed, min, max, sum, any, all, map, filter, list, set, dict).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { StopIteration, TypeError_, ValueError } from './errors.js'
import { splitKwargs } from './kwargs.js'
import { add, compare, eq, setHas, truthy, typeName } from './operators.js'
import { dictKeys, isDict, method, noteKey } from './values.js'

export function iter(x: any): Iterable<any> & Iterator<any> {
  if (x === null || x === undefined) throw new TypeError_("'NoneType' object is not iterable")
  const own = method(x, '__iter__')
  if (own) return toIterator(own.call(x))
  if (x instanceof Map) return x.keys()
  if (typeof x[Symbol.iterator] === 'function') return toIterator(x)
  if (isDict(x)) return dictKeys(x)[Symbol.iterator]()
  const getitem = method(x, '__getitem__')
  if (getitem) return indexed(x, getitem)
  throw new TypeError_(`'${typeName(x)}' object is not iterable`)
}

function toIterator(x: any): Iterable<any> & Iterator<any> {
  if (typeof x.next === 'function' && typeof x[Symbol.iterator] === 'function') return x
  const own = method(x, '__next__')
  if (own) {
    const it = {
      next: () => {
        try {
          return { value: own.call(x), done: false }
        } catch (error) {
          if (error instanceof StopIteration) return { value: undefined, done: true }
          throw error
        }
      },
      [Symbol.iterator]: () => it,
    }
    return it
  }
  return x[Symbol.iterator]()
}

function* indexed(x: any, getitem: (i: number) => any) {
  for (let i = 0; ; i++) {
    try {
      yield getitem.call(x, i)
    } catch (error) {
      if ((error as Error)?.name === 'IndexError' || (error as Error)?.name === 'StopIteration') return
      throw error
    }
  }
}

const NO_DEFAULT = Symbol('no default')

/** next(iterator[, default]). */
export function next(iterator: any, fallback: any = NO_DEFAULT): any {
  const own = method(iterator, '__next__')
  if (own) {
    try {
      return own.call(iterator)
    } catch (error) {
      if (error instanceof StopIteration && fallback !== NO_DEFAULT) return fallback
      throw error
    }
  }
  if (iterator === null || typeof iterator?.next !== 'function')
    throw new TypeError_(`'${iterator?.constructor?.name ?? 'NoneType'}' object is not an iterator`)
  const step = iterator.next()
  if (!step.done) return step.value
  if (fallback !== NO_DEFAULT) return fallback
  throw new StopIteration()
}

export function list(xs: any = []): any[] {
  return [...iter(xs)]
}

/** set(iterable): Python-equal members once. */
export function set(xs: any = []): Set<any> {
  const out = new Set<any>()
  for (const x of iter(xs)) if (!setHas(out, x)) out.add(x)
  return out
}

/** dict(pairs), dict(mapping), dict(**kwargs). */
export function dict(...args: any[]): any {
  const [positional, kwargs] = splitKwargs(args)
  const source = positional[0]
  const out: Record<string, any> = {}
  // Keys set one by one, so that numbers stay numbers (dict([(1, 'a')]) has the key 1).
  const put = (k: any, v: any) => {
    out[k] = v
    noteKey(out, k)
  }
  if (source instanceof Map) for (const [k, v] of source) put(k, v)
  else if (isDict(source)) for (const k of dictKeys(source)) put(k, source[k])
  // Like Python, anything with keys() is a mapping (Counter, defaultdict, a project's class).
  else if (method(source, 'keys') && method(source, '__getitem__'))
    for (const k of iter(method(source, 'keys')!.call(source))) put(k, method(source, '__getitem__')!.call(source, k))
  else if (source !== undefined) for (const [k, v] of iter(source)) put(k, v)
  return Object.assign(out, kwargs)
}

export function range(start: number, stop?: number, step = 1): number[] {
  if (stop === undefined) [start, stop] = [0, start]
  if (step === 0) throw new ValueError('range() arg 3 must not be zero')
  const out: number[] = []
  for (let i = start; step > 0 ? i < stop : i > stop; i += step) out.push(i)
  return out
}

export function enumerate(xs: any, start = 0): [number, any][] {
  return [...iter(xs)].map((x, i) => [i + start, x])
}

export function zip(...lists: any[]): any[][] {
  const [positional] = splitKwargs(lists)
  const arrays = positional.map((l) => [...iter(l)])
  if (arrays.length === 0) return []
  const size = Math.min(...arrays.map((a) => a.length))
  return Array.from({ length: size }, (_, i) => arrays.map((a) => a[i]))
}

export function reversed(xs: any): any[] {
  const own = method(xs, '__reversed__')
  if (own) return [...iter(own.call(xs))]
  return [...iter(xs)].reverse()
}

export function sum(xs: any, start: any = 0): any {
  let total = start
  for (const x of iter(xs)) total = typeof total === 'number' && typeof x === 'number' ? total + x : add(total, x)
  return total
}

/** Python's ordering for sorted/min/max. */
export const order = (a: any, b: any): number => (eq(a, b) ? 0 : compare('<', a, b) ? -1 : 1)

function extreme(name: string, args: any[], better: (a: any, b: any) => boolean): any {
  const [positional, kwargs] = splitKwargs(args)
  const xs = positional.length === 1 ? [...iter(positional[0])] : positional
  const key: ((x: any) => any) | null = kwargs.key ?? null
  if (xs.length === 0) {
    if ('default' in kwargs) return kwargs.default
    throw new ValueError(`${name}() arg is an empty sequence`)
  }
  let best = xs[0]
  let bestKey = key ? key(best) : best
  for (const x of xs.slice(1)) {
    const k = key ? key(x) : x
    if (better(k, bestKey)) [best, bestKey] = [x, k]
  }
  return best
}

export const min = (...args: any[]): any => extreme('min', args, (a, b) => compare('<', a, b))
export const max = (...args: any[]): any => extreme('max', args, (a, b) => compare('>', a, b))

export function sorted(xs: any, ...rest: any[]): any[] {
  const [positional, kwargs] = splitKwargs(rest)
  const key: ((x: any) => any) | null = kwargs.key ?? positional[0] ?? null
  const reverse = truthy(kwargs.reverse ?? positional[1] ?? false)
  const entries = [...iter(xs)].map((v, i) => ({ v, k: key ? key(v) : v, i }))
  entries.sort((a, b) => order(a.k, b.k) * (reverse ? -1 : 1) || a.i - b.i)
  return entries.map((e) => e.v)
}

export const any = (xs: any): boolean => {
  for (const x of iter(xs)) if (truthy(x)) return true
  return false
}

export const all = (xs: any): boolean => {
  for (const x of iter(xs)) if (!truthy(x)) return false
  return true
}

export function map(fn: (...args: any[]) => any, ...lists: any[]): any[] {
  if (lists.length === 1) return [...iter(lists[0])].map((x) => fn(x))
  return zip(...lists).map((args) => fn(...args))
}

export function filter(fn: ((x: any) => any) | null, xs: any): any[] {
  return [...iter(xs)].filter((x) => truthy(fn ? fn(x) : x))
}

/** `a, b = value` / `a, *rest = value`: the values, with Python's errors when they do not fit. */
export function unpack(value: any, shape: number | [number, number]): any[] {
  const items = [...iter(value)]
  const [size, star] = typeof shape === 'number' ? [shape, -1] : shape
  if (star < 0) {
    if (items.length > size) throw new ValueError(`too many values to unpack (expected ${size})`)
    if (items.length < size) throw new ValueError(`not enough values to unpack (expected ${size}, got ${items.length})`)
    return items
  }
  if (items.length < size - 1)
    throw new ValueError(`not enough values to unpack (expected at least ${size - 1}, got ${items.length})`)
  const after = size - 1 - star
  return [...items.slice(0, star), items.slice(star, items.length - after), ...items.slice(items.length - after)]
}
