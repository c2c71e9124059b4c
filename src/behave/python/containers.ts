// len, in, indexing (with negative indexes and slices), and the methods lists, dicts and sets
// share names with project classes (get, pop, count…): decided at run time by the receiver, so a
// project object's own method of that name wins, as in Python.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { IndexError, KeyError, TypeError_, ValueError } from './errors.js'
import { eq, setHas, typeName } from './operators.js'
import { repr } from './text.js'
import { dictKeys, isDict, isInstance, method, methodOrMock, noteKey } from './values.js'

export function len(x: any): number {
  if (x === null || x === undefined) throw new TypeError_("object of type 'NoneType' has no len()")
  if (typeof x === 'string' || Array.isArray(x)) return x.length
  if (x instanceof Set || x instanceof Map) return x.size
  const own = methodOrMock(x, '__len__')
  if (own) return own.call(x)
  if (typeof x.length === 'number') return x.length
  // behave's Table: the number of rows.
  if (Array.isArray(x.rows)) return x.rows.length
  if (isDict(x)) return Object.keys(x).length
  throw new TypeError_(`object of type '${typeName(x)}' has no len()`)
}

export function contains(container: any, item: any): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') throw new TypeError_("'in <string>' requires string as left operand")
    return container.includes(item)
  }
  if (Array.isArray(container)) return container.some((x) => eq(x, item))
  if (container instanceof Set) return setHas(container, item)
  if (container instanceof Map) return container.has(item)
  const own = method(container, '__contains__')
  if (own) return Boolean(own.call(container, item))
  if (isDict(container)) return Object.hasOwn(container, item)
  // behave's Row and Table: their headings.
  if (container && Array.isArray(container.headings)) return container.headings.includes(item)
  if (container && typeof container[Symbol.iterator] === 'function') {
    for (const x of container) if (eq(x, item)) return true
    return false
  }
  throw new TypeError_(`argument of type '${container?.constructor?.name ?? 'NoneType'}' is not iterable`)
}

/** A Python index (negative counts from the end) as a position, or an IndexError. */
function position(length: number, index: number): number {
  const at = index < 0 ? length + index : index
  if (!Number.isInteger(at) || at < 0 || at >= length) throw new IndexError('list index out of range')
  return at
}

export function getitem(x: any, key: any): any {
  if (typeof key === 'boolean') key = Number(key)
  if (typeof x === 'string' || Array.isArray(x)) {
    if (typeof key !== 'number')
      throw new TypeError_(`${Array.isArray(x) ? 'list' : 'string'} indices must be integers or slices`)
    return x[position(x.length, key)]
  }
  if (x instanceof Map) {
    if (!x.has(key)) throw new KeyError(key)
    return x.get(key)
  }
  const own = methodOrMock(x, '__getitem__')
  if (own) return own.call(x, key)
  if (isDict(x)) {
    if (!Object.hasOwn(x, key)) throw new KeyError(key)
    return x[key]
  }
  // behave's Table rows by index, Row cells by column name or index.
  if (isInstance(x) && typeof x.row === 'function' && typeof key === 'number') return x.row(key)
  if (isInstance(x) && typeof x.value === 'function' && Array.isArray(x.cells)) return x.value(key)
  if (x === null || x === undefined) throw new TypeError_("'NoneType' object is not subscriptable")
  return x[key]
}

export function setitem(x: any, key: any, value: any): void {
  if (Array.isArray(x)) {
    x[position(x.length, key)] = value
    return
  }
  if (x instanceof Map) {
    x.set(key, value)
    return
  }
  const own = methodOrMock(x, '__setitem__')
  if (own) {
    own.call(x, key, value)
    return
  }
  if (x === null || x === undefined) throw new TypeError_("'NoneType' object does not support item assignment")
  if (isDict(x)) noteKey(x, key)
  x[key] = value
}

export function delitem(x: any, key: any): void {
  if (Array.isArray(x)) {
    x.splice(position(x.length, key), 1)
    return
  }
  if (x instanceof Map) {
    if (!x.delete(key)) throw new KeyError(key)
    return
  }
  const own = methodOrMock(x, '__delitem__')
  if (own) {
    own.call(x, key)
    return
  }
  if (!Object.hasOwn(x, key)) throw new KeyError(key)
  delete x[key]
}

/** x[start:stop:step] of a list or string (and of objects with __getitem__, given a slice). */
export function slice(
  x: any,
  start: number | null = null,
  stop: number | null = null,
  step: number | null = null,
): any {
  const own = methodOrMock(x, '__getitem__')
  if (own) return own.call(x, { start, stop, step })
  const items: any[] = typeof x === 'string' ? [...x] : x
  const n = items.length
  const s = step ?? 1
  if (s === 0) throw new ValueError('slice step cannot be zero')
  const clamp = (i: number | null, fallback: number, low: number, high: number) =>
    i === null ? fallback : Math.min(Math.max(i < 0 ? i + n : i, low), high)
  const out: any[] = []
  if (s > 0) for (let i = clamp(start, 0, 0, n); i < clamp(stop, n, 0, n); i += s) out.push(items[i])
  else for (let i = clamp(start, n - 1, -1, n - 1); i > clamp(stop, -1, -1, n - 1); i += s) out.push(items[i])
  return typeof x === 'string' ? out.join('') : out
}

/** x[start:stop] = values on a list. */
export function setslice(x: any[], start: number | null, stop: number | null, values: any): void {
  const n = x.length
  const from = start === null ? 0 : Math.min(Math.max(start < 0 ? start + n : start, 0), n)
  const to = stop === null ? n : Math.min(Math.max(stop < 0 ? stop + n : stop, from), n)
  x.splice(from, to - from, ...values)
}

export function get(x: any, key: any, fallback: any = null): any {
  const own = methodOrMock(x, 'get')
  if (own) return own.call(x, key, fallback)
  if (x instanceof Map) return x.has(key) ? x.get(key) : fallback
  if (isDict(x)) return Object.hasOwn(x, key) ? x[key] : fallback
  return x.get(key, fallback)
}

export function keys(x: any): any[] {
  const own = methodOrMock(x, 'keys')
  if (own) return own.call(x)
  if (x instanceof Map) return [...x.keys()]
  if (isDict(x)) return dictKeys(x)
  return [...x.keys()]
}

export function values(x: any): any[] {
  const own = methodOrMock(x, 'values')
  if (own) return own.call(x)
  if (x instanceof Map) return [...x.values()]
  if (isDict(x)) return Object.values(x)
  return [...x.values()]
}

export function items(x: any): [any, any][] {
  const own = methodOrMock(x, 'items')
  if (own) return own.call(x)
  if (x instanceof Map) return [...x.entries()]
  if (isDict(x)) return dictKeys(x).map((k) => [k, x[k]])
  return [...x.items()]
}

export function pop(x: any, ...args: [key?: any, fallback?: any]): any {
  const own = methodOrMock(x, 'pop')
  if (own) return own.call(x, ...args)
  const [key, fallback] = args
  if (Array.isArray(x)) {
    if (x.length === 0) throw new IndexError('pop from empty list')
    return key === undefined ? x.pop() : x.splice(position(x.length, key), 1)[0]
  }
  if (x instanceof Set) {
    if (x.size === 0) throw new KeyError('pop from an empty set')
    const first = x.values().next().value
    x.delete(first)
    return first
  }
  if (x instanceof Map) {
    if (!x.has(key)) {
      if (args.length > 1) return fallback
      throw new KeyError(key)
    }
    const value = x.get(key)
    x.delete(key)
    return value
  }
  if (isDict(x)) {
    if (!Object.hasOwn(x, key)) {
      if (args.length > 1) return fallback
      throw new KeyError(key)
    }
    const value = x[key]
    delete x[key]
    return value
  }
  return x.pop(...args)
}

export function setdefault(x: any, key: any, value: any = null): any {
  const own = methodOrMock(x, 'setdefault')
  if (own) return own.call(x, key, value)
  if (x instanceof Map) {
    if (!x.has(key)) x.set(key, value)
    return x.get(key)
  }
  if (!Object.hasOwn(x, key)) x[key] = value
  return x[key]
}

export function update(x: any, other: any = {}, kwargs?: Record<string, any>): void {
  const own = methodOrMock(x, 'update')
  if (own) return own.call(x, other)
  if (x instanceof Set) {
    for (const item of other) if (!setHas(x, item)) x.add(item)
    return
  }
  const entries: [any, any][] =
    other instanceof Map ? [...other] : isDict(other) ? Object.entries(other) : [...other].map((p: any) => [p[0], p[1]])
  if (kwargs) entries.push(...Object.entries(kwargs))
  for (const [k, v] of entries) {
    if (x instanceof Map) x.set(k, v)
    else x[k] = v
  }
}

export function remove(x: any, value: any): void {
  const own = methodOrMock(x, 'remove')
  if (own) return own.call(x, value)
  if (x instanceof Set) {
    for (const y of x)
      if (eq(y, value)) {
        x.delete(y)
        return
      }
    throw new KeyError(value)
  }
  const at = x.findIndex((v: any) => eq(v, value))
  if (at < 0) throw new ValueError('list.remove(x): x not in list')
  x.splice(at, 1)
}

export function index(x: any, value: any, start = 0): number {
  const own = methodOrMock(x, 'index')
  if (own) return own.call(x, value)
  const at =
    typeof x === 'string' ? x.indexOf(value, start) : x.findIndex((v: any, i: number) => i >= start && eq(v, value))
  if (at < 0) throw new ValueError(typeof x === 'string' ? 'substring not found' : `${repr(value)} is not in list`)
  return at
}

export function count(x: any, value?: any): number {
  const own = methodOrMock(x, 'count')
  if (own) return own.call(x, value)
  if (typeof x === 'string') return value === '' ? x.length + 1 : x.split(value).length - 1
  return x.filter((v: any) => eq(v, value)).length
}

/** list.copy(), dict.copy(), set.copy(), or a project object's copy(). */
export function copied(x: any): any {
  if (Array.isArray(x)) return [...x]
  if (x instanceof Set) return new Set(x)
  if (x instanceof Map) return new Map(x)
  if (isDict(x)) return { ...x }
  return x.copy()
}

export function clear(x: any): void {
  const own = methodOrMock(x, 'clear')
  if (own) return own.call(x)
  if (Array.isArray(x)) x.length = 0
  else if (x instanceof Set || x instanceof Map) x.clear()
  else for (const k of Object.keys(x)) delete x[k]
}

/** list.sort(key=…, reverse=…) in place, stable, with Python's ordering. */
export function sortInPlace(
  x: any,
  key?: ((v: any) => any) | null,
  reverse = false,
  order?: (a: any, b: any) => number,
): void {
  const own = methodOrMock(x, 'sort')
  if (own && !Array.isArray(x)) return own.call(x)
  const sorted = [...x].map((v, i) => ({ v, k: key ? key(v) : v, i }))
  sorted.sort((a, b) => (order ? order(a.k, b.k) : 0) * (reverse ? -1 : 1) || a.i - b.i)
  x.splice(0, x.length, ...sorted.map((e) => e.v))
}
