// Attributes by computed name (getattr, setattr, hasattr, delattr, vars) and Python's view of
// types: type(), isinstance() and issubclass() over built-in type names, built-in type functions
// (py.int, py.str…), project classes and tuples of them; callable().
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { AttributeError, TypeError_ } from './errors.js'
import { contains, getitem, len } from './containers.js'
import { dict, iter, list, set } from './iteration.js'
import { bool, float, int } from './numbers.js'
import { str } from './text.js'
import { PyObject } from './object.js'
import { isClass, isDict, MOCK } from './values.js'

const NO_DEFAULT = Symbol('no default')

function typeName(x: any): string {
  return x === null || x === undefined ? 'NoneType' : ((type(x) as any).__name__ ?? type(x).name)
}

// The dunders str, list, dict and set have in Python (hasattr(x, '__len__') is true for them).
const CONTAINER_DUNDERS: Record<string, (x: any, ...args: any[]) => any> = {
  __len__: (x) => len(x),
  __iter__: (x) => iter(x),
  __contains__: (x, v) => contains(x, v),
  __getitem__: (x, k) => getitem(x, k),
  __str__: (x) => str(x),
}

/** Attributes of Python's object model that JavaScript keeps elsewhere (or not at all). */
function special(obj: any, name: string): { value: any } | undefined {
  const container =
    typeof obj === 'string' || Array.isArray(obj) || obj instanceof Set || obj instanceof Map || isDict(obj)
  if (container && name in CONTAINER_DUNDERS)
    return { value: (...args: any[]) => CONTAINER_DUNDERS[name]!(obj, ...args) }
  switch (name) {
    case '__class__':
      return { value: type(obj) }
    case '__name__':
    case '__qualname__':
      // TypeError_ and the like carry the name Python shows.
      if (typeof obj === 'function') return { value: obj.__name__ ?? obj.pythonName ?? obj.name }
      return obj?.__name__ !== undefined ? { value: obj.__name__ } : undefined
    case '__dict__':
      return obj !== null && typeof obj === 'object' ? { value: vars(obj) } : undefined
    case '__init__':
      if (isClass(obj)) return { value: obj.prototype.__init__ ?? obj }
      return undefined
    case '__doc__':
      return { value: null }
    case '__module__':
      return { value: typeof obj === 'function' ? '__main__' : null }
    case '__bases__': {
      if (!isClass(obj)) return undefined
      const base = Object.getPrototypeOf(obj)
      return { value: base === Function.prototype ? [Object] : [base] }
    }
  }
  return undefined
}

function hasAttribute(obj: any, name: string): boolean {
  if (obj === null || obj === undefined) return false
  if (typeof obj !== 'object' && typeof obj !== 'function') return name in Object(obj)
  // A Python dict has no attributes but its methods.
  if (isDict(obj)) return false
  if (name in obj) return true
  // A class has its instances' methods as attributes (unbound), as in Python.
  return isClass(obj) && name in obj.prototype
}

export function getattr(obj: any, name: string, fallback: any = NO_DEFAULT): any {
  if (typeof name !== 'string') throw new TypeError_('attribute name must be string')
  const dunder = special(obj, name)
  if (dunder) return dunder.value
  if (!hasAttribute(obj, name) && !(obj?.[MOCK] && !name.startsWith('__'))) {
    if (fallback !== NO_DEFAULT) return fallback
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`)
  }
  const value = name in Object(obj) ? obj[name] : obj.prototype[name]
  // A method read off an object is bound to it, as Python's bound methods are.
  if (typeof value === 'function' && typeof obj === 'object' && !isClass(value) && !value[MOCK]) return value.bind(obj)
  return value
}

export function hasattr(obj: any, name: string): boolean {
  if (obj?.[MOCK] && !name.startsWith('__')) return true
  return special(obj, name) !== undefined || hasAttribute(obj, name)
}

export function setattr(obj: any, name: string, value: any): void {
  if (obj === null || obj === undefined || isDict(obj))
    throw new AttributeError(`'${typeName(obj)}' object has no attribute '${name}'`)
  obj[name] = value
}

export function delattr(obj: any, name: string): void {
  if (!hasAttribute(obj, name)) throw new AttributeError(name)
  delete obj[name]
}

/** vars(obj): its attributes as a dict. */
export function vars(obj: any): Record<string, any> {
  return Object.fromEntries(Object.entries(obj))
}

export function callable(x: any): boolean {
  return typeof x === 'function' || typeof x?.__call__ === 'function'
}

/** Python's NoneType, for type(None). */
export function NoneType(): null {
  return null
}

// What the built-in type functions stand for in isinstance() and type().
const builtinTypes = new Map<any, (x: any) => boolean>([
  [int, (x) => (typeof x === 'number' && Number.isInteger(x)) || typeof x === 'boolean' || typeof x === 'bigint'],
  [float, (x) => typeof x === 'number'],
  [str, (x) => typeof x === 'string'],
  [bool, (x) => typeof x === 'boolean'],
  [list, (x) => Array.isArray(x)],
  [dict, (x) => isDict(x) || x instanceof Map],
  [set, (x) => x instanceof Set],
  [NoneType, (x) => x === null || x === undefined],
])

const byName: Record<string, any> = { int, float, str, bool, list, tuple: list, dict, set, frozenset: set, NoneType }
for (const [f, name] of [
  [int, 'int'],
  [float, 'float'],
  [str, 'str'],
  [bool, 'bool'],
  [list, 'list'],
  [dict, 'dict'],
  [set, 'set'],
  [NoneType, 'NoneType'],
] as const)
  Object.defineProperty(f, '__name__', { value: name })

/** type(x): its class, or the built-in type function for plain values. */
export function type(x: any): any {
  if (x === null || x === undefined) return NoneType
  if (typeof x === 'boolean') return bool
  if (typeof x === 'number') return Number.isInteger(x) ? int : float
  if (typeof x === 'string') return str
  if (Array.isArray(x)) return list
  if (x instanceof Set) return set
  if (isDict(x) || x instanceof Map) return dict
  if (typeof x === 'function') return Function
  return Object.getPrototypeOf(x)?.constructor ?? Object
}

export function isinstance(x: any, types: any): boolean {
  if (Array.isArray(types)) return types.some((t) => isinstance(x, t))
  if (typeof types === 'string') {
    if (types === 'object') return true
    const f = byName[types]
    return f ? builtinTypes.get(f)!(x) : false
  }
  const builtin = builtinTypes.get(types)
  if (builtin) return builtin(x)
  if (types === Object || types === PyObject) return true
  if (typeof types !== 'function') throw new TypeError_('isinstance() arg 2 must be a type or tuple of types')
  if (x === null || x === undefined) return false
  return Object(x) instanceof types
}

export function issubclass(cls: any, types: any): boolean {
  if (Array.isArray(types)) return types.some((t) => issubclass(cls, t))
  if (typeof cls !== 'function') throw new TypeError_('issubclass() arg 1 must be a class')
  // Every class is a subclass of object.
  if (types === Object || types === PyObject || types === 'object') return true
  return cls === types || cls.prototype instanceof types
}

// Names Python lists for objects that JavaScript keeps elsewhere.
const HIDDEN = new Set(['constructor', 'length', 'name', 'prototype', 'caller', 'arguments', '__proto__'])

/** dir(x): the attribute names of an object or class, its class's and bases' included, sorted. */
export function dir(x: any): string[] {
  const names = new Set<string>()
  const collect = (start: any, stop: any) => {
    for (let o = start; o && o !== stop; o = Object.getPrototypeOf(o))
      for (const n of Object.getOwnPropertyNames(o)) if (!HIDDEN.has(n)) names.add(n)
  }
  if (typeof x === 'function') {
    collect(x, Function.prototype)
    collect(x.prototype, Object.prototype)
  } else collect(x, Object.prototype)
  names.add('__class__')
  return [...names].sort()
}
