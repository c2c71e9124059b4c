// The methods of Python's str, list, dict and set, for a receiver whose type the translation could
// not know: py.callMethod(x, 'append', v) calls x's own method of that name if it is an object of a
// class (or a mock), else the built-in type's method with Python's semantics.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import * as c from './containers.js'
import { AttributeError, KeyError, TypeError_ } from './errors.js'
import { iter, order, set as toSet } from './iteration.js'
import { call, keywordsInPlace, splitKwargs } from './kwargs.js'
import { setHas } from './operators.js'
import * as s from './str-methods.js'
import { format } from './text.js'
import { isClass, isDict, method } from './values.js'

type Methods = Record<string, (self: any, ...args: any[]) => any>

const shared: Methods = {
  index: (x, v, start) => c.index(x, v, start),
  count: (x, v) => c.count(x, v),
  copy: (x) => c.copied(x),
}

const list: Methods = {
  ...shared,
  append: (x, v) => void x.push(v),
  extend: (x, vs) => void x.push(...iter(vs)),
  insert: (x, i, v) => void x.splice(i < 0 ? Math.max(0, x.length + i) : i, 0, v),
  pop: (x, ...a) => c.pop(x, ...a),
  remove: (x, v) => c.remove(x, v),
  reverse: (x) => void x.reverse(),
  clear: (x) => void (x.length = 0),
  sort: (x, ...args) => {
    const [, kw] = splitKwargs(args)
    c.sortInPlace(x, kw.key ?? null, Boolean(kw.reverse), order)
  },
}

const str: Methods = {
  ...shared,
  upper: (x) => x.toUpperCase(),
  lower: (x) => x.toLowerCase(),
  replace: (x, a, b, n = -1) =>
    n < 0
      ? x.split(a).join(b)
      : x.split(a).reduce((acc: string, part: string, i: number) => acc + (i === 0 ? '' : i <= n ? b : a) + part, ''),
  find: (x, v, start = 0) => x.indexOf(v, start),
  format: (x, ...args) => {
    const [positional, kw] = splitKwargs(args)
    return format(x, positional, kw)
  },
  format_map: (x, mapping) => format(x, [], mapping),
  join: (x, vs) => s.join(x, vs),
  zfill: (x, n) => (/^[+-]/.test(x) ? x[0] + x.slice(1).padStart(n - 1, '0') : x.padStart(n, '0')),
  ...Object.fromEntries(
    Object.entries(s).filter(([name]) => !['join'].includes(name)) as [string, (...a: any[]) => any][],
  ),
}

const dict: Methods = {
  get: (x, k, d = null) => c.get(x, k, d),
  keys: (x) => c.keys(x),
  values: (x) => c.values(x),
  items: (x) => c.items(x),
  pop: (x, ...a) => c.pop(x, ...a),
  popitem: (x) => {
    const keys = c.keys(x)
    if (!keys.length) throw new KeyError('popitem(): dictionary is empty')
    const k = keys.at(-1)
    return [k, c.pop(x, k)]
  },
  setdefault: (x, k, v = null) => c.setdefault(x, k, v),
  update: (x, ...args) => {
    const [[other = {}], kw] = splitKwargs(args)
    c.update(x, other, kw)
  },
  copy: (x) => c.copied(x),
  clear: (x) => c.clear(x),
}

const setMethods: Methods = {
  add: (x, v) => void (setHas(x, v) || x.add(v)),
  discard: (x, v) => {
    for (const y of x) if (setHas(new Set([y]), v)) x.delete(y)
  },
  remove: (x, v) => c.remove(x, v),
  pop: (x) => c.pop(x),
  clear: (x) => x.clear(),
  copy: (x) => new Set(x),
  update: (x, ...others) => others.forEach((o) => c.update(x, o)),
  union: (x, ...others) => toSet([...x, ...others.flatMap((o) => [...iter(o)])]),
  intersection: (x, ...others) => new Set([...x].filter((v) => others.every((o) => setHas(toSet(o), v)))),
  difference: (x, ...others) => new Set([...x].filter((v) => !others.some((o) => setHas(toSet(o), v)))),
  symmetric_difference: (x, o) => {
    const other = toSet(o)
    return new Set([...[...x].filter((v) => !setHas(other, v)), ...[...other].filter((v) => !setHas(x, v))])
  },
  issubset: (x, o) => [...x].every((v) => setHas(toSet(o), v)),
  issuperset: (x, o) => [...iter(o)].every((v) => setHas(x, v)),
  isdisjoint: (x, o) => ![...iter(o)].some((v) => setHas(x, v)),
}

function table(x: any): Methods | undefined {
  if (typeof x === 'string') return str
  if (Array.isArray(x)) return list
  if (x instanceof Set) return setMethods
  if (isDict(x) || x instanceof Map) return dict
  return undefined
}

/** x.name(...args) as Python calls it: x's own method, else its built-in type's. */
export function callMethod(x: any, name: string, ...args: any[]): any {
  const own = method(x, name)
  // An attribute holding a class: calling it constructs, as in Python.
  if (own && isClass(own)) return call(own, ...args)
  // Reflect.apply, not f.apply: a mock answers every attribute, `apply` included.
  if (own) return Reflect.apply(own, x, keywordsInPlace(own, args))
  const builtin = table(x)?.[name]
  if (builtin) return builtin(x, ...args)
  if (x === null || x === undefined) throw new TypeError_(`'NoneType' object has no attribute '${name}'`)
  const f = x[name]
  if (typeof f !== 'function') {
    const type =
      typeof x === 'string'
        ? 'str'
        : Array.isArray(x)
          ? 'list'
          : x instanceof Set
            ? 'set'
            : table(x)
              ? 'dict'
              : x?.constructor?.name
    throw new AttributeError(`'${type}' object has no attribute '${name}'`)
  }
  return Reflect.apply(f, x, args)
}

/** The names callMethod knows for built-in types (the translation uses them to decide). */
export const BUILTIN_METHOD_NAMES = new Set([
  ...Object.keys(list),
  ...Object.keys(str),
  ...Object.keys(dict),
  ...Object.keys(setMethods),
])
