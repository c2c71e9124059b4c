// What kind of Python value a JavaScript value stands for: dicts are plain objects (or Maps),
// lists and tuples arrays, sets Sets; anything else is an object of a class, whose own methods
// (`__eq__`, `count`…) win over the built-in behaviour of the same name.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */

/** A Python dict: a plain object (or one without prototype). */
export const isDict = (x: any): x is Record<string, any> => {
  if (x === null || typeof x !== 'object') return false
  const proto = Object.getPrototypeOf(x)
  return proto === Object.prototype || proto === null
}

/** An object of a class (not a list, dict, set, map or string). */
export const isInstance = (x: any): boolean =>
  x !== null &&
  (typeof x === 'object' || typeof x === 'function') &&
  !Array.isArray(x) &&
  !isDict(x) &&
  !(x instanceof Set) &&
  !(x instanceof Map)

/** The method `name` of an object of a class (a translated dunder, or a project method), if it has one. */
export function method(x: any, name: string): ((...args: any[]) => any) | undefined {
  if (!isInstance(x)) return undefined
  const mock = x[MOCK]
  if (mock && !mock.has(name)) return undefined
  const f = x[name]
  return typeof f === 'function' ? f : undefined
}

/**
 * Like method(), but a mock answers every ordinary method name (`mock.items()` calls its child
 * mock, as in Python); dunders still count only when configured.
 */
export function methodOrMock(x: any, name: string): ((...args: any[]) => any) | undefined {
  return x?.[MOCK] && !name.startsWith('__') ? mockMethod(x, name) : method(x, name)
}

// A mock's method is a child mock, called without self; `child.call` would be another child mock,
// so callers' `own.call(x, …)` goes through this wrapper.
const mockMethod = (x: any, name: string) =>
  function (this: unknown, ...args: any[]): any {
    return Reflect.apply(x[name], undefined, args)
  }

/** Marks mocks, which answer every attribute: only the dunders configured on them count as methods. */
export const MOCK = Symbol.for('brine.python.mock')

/** Whether a function is a class (constructed with new, as calling it does in Python). */
export const isClass = (f: any): boolean =>
  typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f))

// A dict is a plain object, whose keys are strings; a number used as a key (`votes[3] = 'Ja'`) is
// remembered per dict, so that iterating the dict gives 3 back, as Python does.
const numberKeys = new WeakMap<object, Set<string>>()

/** Records the type of a key set on a plain-object dict. */
export function noteKey(dict: object, key: unknown): void {
  if (typeof key === 'number') {
    let keys = numberKeys.get(dict)
    if (!keys) numberKeys.set(dict, (keys = new Set()))
    keys.add(String(key))
  } else if (typeof key === 'string') numberKeys.get(dict)?.delete(key)
}

/** A plain-object dict's keys, numbers where they were set as numbers. */
export function dictKeys(dict: object): any[] {
  const keys = numberKeys.get(dict)
  const names = Object.keys(dict)
  return keys?.size ? names.map((k) => (keys.has(k) ? Number(k) : k)) : names
}
