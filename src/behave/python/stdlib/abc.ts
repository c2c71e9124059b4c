// abc: ABC refuses to make objects of a class whose abstract methods are not all overridden (with
// Python's TypeError), and abstractmethod marks a method as Python does (__isabstractmethod__).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { TypeError_ } from '../errors.js'
import { PyObject } from '../object.js'
import { pyModule } from '../registry.js'

function abstractMethods(cls: any): string[] {
  const names = new Set<string>()
  for (let p = cls.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    for (const name of Object.getOwnPropertyNames(p)) {
      const d = Object.getOwnPropertyDescriptor(cls.prototype, name) ?? findDescriptor(cls.prototype, name)
      const f = d?.value ?? d?.get
      if (f?.__isabstractmethod__) names.add(name)
    }
  return [...names].sort()
}

function findDescriptor(proto: any, name: string): PropertyDescriptor | undefined {
  for (let p = proto; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name)
    if (d) return d
  }
  return undefined
}

class ABC extends PyObject {
  constructor(...args: any[]) {
    const missing = abstractMethods(new.target)
    if (missing.length)
      throw new TypeError_(
        `Can't instantiate abstract class ${new.target.name} with abstract method${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      )
    super(...args)
  }
}

function abstractmethod<T>(f: T): T {
  ;(f as any).__isabstractmethod__ = true
  return f
}

export const abc = pyModule('abc', {
  ABC,
  ABCMeta: ABC,
  abstractmethod,
  abstractproperty: abstractmethod,
  abstractclassmethod: abstractmethod,
  abstractstaticmethod: abstractmethod,
})
