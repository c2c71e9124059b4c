// dataclasses: @dataclass gives a class the __init__, __repr__ and __eq__ Python generates from its
// annotated fields (in order, with defaults and field(default_factory=…)); asdict, replace, fields.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { AttributeError, TypeError_ } from '../errors.js'
import { call, kw, splitKwargs } from '../kwargs.js'
import { eq } from '../operators.js'
import { pyModule } from '../registry.js'
import { repr } from '../text.js'
import { copy } from './copy.js'

/** Raised on assigning to a field of a frozen dataclass's instance. */
class FrozenInstanceError extends AttributeError {}

const FIELD = Symbol('field')
const MISSING = Symbol('MISSING')

interface Field {
  name: string
  default: any
  default_factory: any
}

/** The fields of a dataclass, recorded by the translation as `static __fields__ = ['a', 'b']`. */
function fieldsOf(cls: any): Field[] {
  const names: string[] = cls.__fields__ ?? []
  return names.map((name) => {
    const value = Object.getOwnPropertyDescriptor(cls.prototype, name)?.value
    if (value?.[FIELD]) return { name, ...value }
    return { name, default: value === undefined ? MISSING : value, default_factory: MISSING }
  })
}

function apply(cls: any, options: Record<string, any>): any {
  const fields = fieldsOf(cls)
  if (!Object.hasOwn(cls.prototype, '__init__') && options.init !== false)
    cls.prototype.__init__ = function (this: any, ...args: any[]) {
      const [positional, kwargs] = splitKwargs(args)
      fields.forEach((f, i) => {
        if (i < positional.length) this[f.name] = positional[i]
        else if (f.name in kwargs) this[f.name] = kwargs[f.name]
        else if (f.default_factory !== MISSING) this[f.name] = call(f.default_factory)
        else if (f.default !== MISSING) this[f.name] = f.default
        else throw new TypeError_(`${cls.name}.__init__() missing 1 required positional argument: '${f.name}'`)
      })
      this.__post_init__?.()
      if (options.frozen) freeze(this, fields)
    }
  if (!Object.hasOwn(cls.prototype, '__repr__') && options.repr !== false)
    cls.prototype.__repr__ = function (this: any) {
      return `${cls.name}(${fields.map((f) => `${f.name}=${repr(this[f.name])}`).join(', ')})`
    }
  if (!Object.hasOwn(cls.prototype, '__eq__') && options.eq !== false)
    cls.prototype.__eq__ = function (this: any, other: any) {
      return other?.constructor === this.constructor && fields.every((f) => eq(this[f.name], other[f.name]))
    }
  return cls
}

/** frozen=True: each field becomes read-only, and assigning to it raises FrozenInstanceError. */
function freeze(self: any, fields: Field[]): void {
  for (const { name } of fields) {
    const value = self[name]
    Object.defineProperty(self, name, {
      get: () => value,
      set: () => {
        throw new FrozenInstanceError(`cannot assign to field '${name}'`)
      },
      enumerable: true,
    })
  }
}

/** @dataclass and @dataclass(frozen=…, …). */
function dataclass(...args: any[]): any {
  const [[cls], options] = splitKwargs(args)
  return typeof cls === 'function' ? apply(cls, options) : (c: any) => apply(c, options)
}

function field(...args: any[]): any {
  const [, { default: d = MISSING, default_factory = MISSING }] = splitKwargs(args)
  return { [FIELD]: true, default: d, default_factory }
}

export const dataclasses = pyModule('dataclasses', {
  dataclass,
  field,
  MISSING,
  fields: (x: any) => fieldsOf(typeof x === 'function' ? x : x.constructor),
  asdict: (x: any) => Object.fromEntries(fieldsOf(x.constructor).map((f) => [f.name, copy.deepcopy(x[f.name])])),
  astuple: (x: any) => fieldsOf(x.constructor).map((f) => copy.deepcopy(x[f.name])),
  // A new instance through the class's __init__, as Python's replace() makes it (frozen stays frozen).
  replace: (x: any, ...args: any[]) => {
    const [, changes] = splitKwargs(args)
    const values = Object.fromEntries(fieldsOf(x.constructor).map((f) => [f.name, x[f.name]]))
    return call(x.constructor, kw({ ...values, ...changes }))
  },
  FrozenInstanceError,
  is_dataclass: (x: any) => Array.isArray((typeof x === 'function' ? x : x?.constructor)?.__fields__),
})
