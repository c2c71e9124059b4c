// copy.copy and copy.deepcopy: lists, dicts, sets, Maps and objects of classes (same prototype,
// attributes copied), with cycles kept as cycles; __copy__ / __deepcopy__ win.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { pyModule } from '../registry.js'
import { method } from '../values.js'

function shallow(x: any): any {
  if (x === null || typeof x !== 'object') return x
  const own = method(x, '__copy__')
  if (own) return own.call(x)
  if (Array.isArray(x)) return Object.setPrototypeOf([...x], Object.getPrototypeOf(x))
  if (x instanceof Set) return new Set(x)
  if (x instanceof Map) return new Map(x)
  return Object.assign(Object.create(Object.getPrototypeOf(x)), x)
}

function deep(x: any, memo: Map<any, any> = new Map()): any {
  if (x === null || typeof x !== 'object') return x
  if (memo.has(x)) return memo.get(x)
  const own = method(x, '__deepcopy__')
  if (own) return own.call(x, memo)
  if (x instanceof Date) return new (x.constructor as any)(x.getTime())
  if (Array.isArray(x)) {
    const out: any[] = Object.setPrototypeOf([], Object.getPrototypeOf(x))
    memo.set(x, out)
    for (const v of x) out.push(deep(v, memo))
    return out
  }
  if (x instanceof Set) {
    const out = new Set()
    memo.set(x, out)
    for (const v of x) out.add(deep(v, memo))
    return out
  }
  if (x instanceof Map) {
    const out = new Map()
    memo.set(x, out)
    for (const [k, v] of x) out.set(deep(k, memo), deep(v, memo))
    return out
  }
  const out = Object.create(Object.getPrototypeOf(x))
  memo.set(x, out)
  for (const key of Reflect.ownKeys(x)) {
    const d = Object.getOwnPropertyDescriptor(x, key)!
    if ('value' in d) d.value = deep(d.value, memo)
    Object.defineProperty(out, key, d)
  }
  return out
}

export const copy = pyModule('copy', {
  copy: shallow,
  deepcopy: (x: any, memo?: Map<any, any>) => deep(x, memo ?? new Map()),
})
