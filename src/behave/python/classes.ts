// Python class bodies in TypeScript classes: class attributes live on the prototype (so an instance
// reads them until it sets its own, as in Python) and are reachable from the class and its
// subclasses; decorators apply to methods after the class is made, as Python applies them.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */

/** A class whose body defines its attributes itself (Enum members). */
interface OwnAttributes {
  __class_attributes__(attributes: Record<string, any>): void
}

/** `class A: x = 1` → `static { py.classAttributes(this, { x: 1 }) }`. */
export function classAttributes(cls: any, attributes: Record<string, any>): void {
  if (typeof (cls as OwnAttributes).__class_attributes__ === 'function') {
    ;(cls as OwnAttributes).__class_attributes__(attributes)
    return
  }
  for (const [name, value] of Object.entries(attributes)) {
    Object.defineProperty(cls.prototype, name, { value, writable: true, configurable: true, enumerable: false })
    Object.defineProperty(cls, name, {
      get() {
        return this.prototype[name]
      },
      set(v) {
        // `Sub.x = v` gives Sub its own value, as in Python.
        Object.defineProperty(this.prototype, name, { value: v, writable: true, configurable: true, enumerable: false })
      },
      configurable: true,
    })
  }
}

/** Applies a decorator to a method of a class (`this.prototype.m = deco(m)`), as Python does. */
export function decorateMethod(cls: any, name: string, decorator: (f: any) => any, isStatic = false): void {
  const target = isStatic ? cls : cls.prototype
  const value = decorator(target[name])
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false })
}

/** Static and class methods are reachable through instances too (`self.helper()`), as in Python. */
export function staticMethods(cls: any, names: string[]): void {
  for (const name of names) {
    Object.defineProperty(cls.prototype, name, {
      value: function (this: any, ...args: any[]) {
        return this.constructor[name](...args)
      },
      writable: true,
      configurable: true,
      enumerable: false,
    })
  }
}

/** `class C(A, B)`: C extends A in JavaScript; B's methods are copied where A's chain has none. */
export function mixin(cls: any, base: any): void {
  for (let p = base?.prototype; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
    for (const name of Object.getOwnPropertyNames(p)) {
      if (name === 'constructor' || name in cls.prototype) continue
      Object.defineProperty(cls.prototype, name, Object.getOwnPropertyDescriptor(p, name)!)
    }
  }
}
