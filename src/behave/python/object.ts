// Python's `object`, the base of translated classes: constructing calls __init__, so a class's
// own __init__ decides whether the base's runs (super().__init__(…)), as in Python, and a subclass
// may take other arguments than its base.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */

/** Passed to a constructor by code that makes an object without initialising it (copies, enum members). */
export const NO_INIT = Symbol.for('brine.python.noInit')

const missingAttributes: ProxyHandler<any> = {
  get(target, key, receiver) {
    if (typeof key === 'symbol' || key in target || key === 'then' || key === 'toJSON')
      return Reflect.get(target, key, receiver)
    return target.__getattr__(key)
  },
}

export class PyObject {
  // Instances hold whatever attributes Python code sets.
  [key: string]: any
  constructor(...args: any[]) {
    // __getattr__ answers for attributes the object does not have, as in Python.
    const self = typeof this.__getattr__ === 'function' ? new Proxy(this, missingAttributes) : this
    if (args[0] !== NO_INIT) self.__init__(...args)
    return self
  }
  __init__(..._args: any[]): void {}
}

export { PyObject as object }
