// enum: Enum classes whose class attributes become members (singletons with name and value),
// auto(), IntEnum (members equal to their int), lookup by value (Color(1)) and by name
// (Color['RED']), iteration, len() and unique.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { ValueError, KeyError } from '../errors.js'
import { NO_INIT, PyObject } from '../object.js'
import { eq, ge, gt, le, lt } from '../operators.js'
import { pyModule } from '../registry.js'
import { repr } from '../text.js'

const AUTO = Symbol('auto')
/** auto(): the next value (the last int member's value + 1, from 1). */
const auto = (): any => ({ [AUTO]: true })

interface Members {
  byName: Map<string, any>
  list: any[]
}
const members = new WeakMap<object, Members>()

class Enum extends PyObject {
  declare readonly name: string
  declare readonly value: any
  declare readonly _name_: string
  declare readonly _value_: any

  /** Color(1): the member with that value (construction only looks members up). */
  constructor(...args: any[]) {
    super(NO_INIT)
    if (args[0] === NO_INIT) return
    // Enum('Color', ['RED', 'GREEN']): the functional API makes a new enum class.
    if (!members.has(new.target) && typeof args[0] === 'string' && args.length > 1)
      return functional(new.target, args[0], args[1]) as any
    const own = members.get(new.target)
    const found = own?.list.find((m) => eq(m.value, args[0]))
    if (!found) throw new ValueError(`${repr(args[0])} is not a valid ${new.target.name}`)
    return found
  }

  /** Called with the class body's attributes: each becomes a member. */
  static __class_attributes__(attributes: Record<string, any>): void {
    const own: Members = { byName: new Map(), list: [] }
    members.set(this, own)
    let last = 0
    for (const [name, raw] of Object.entries(attributes)) {
      if (typeof raw === 'function' || name.startsWith('_')) {
        Object.defineProperty(this, name, { value: raw, configurable: true, writable: true })
        continue
      }
      const value = raw?.[AUTO] ? last + 1 : raw
      if (typeof value === 'number') last = value
      const alias = own.list.find((m) => eq(m.value, value))
      const member = alias ?? new (this as any)(NO_INIT)
      if (!alias) {
        for (const [key, v] of [
          ['name', name],
          ['_name_', name],
          ['value', value],
          ['_value_', value],
        ] as const)
          Object.defineProperty(member, key, { value: v, enumerable: false })
        own.list.push(member)
      }
      own.byName.set(name, member)
      Object.defineProperty(this, name, { value: member, enumerable: true })
    }
  }

  static __getitem__(name: string): any {
    const member = members.get(this)?.byName.get(name)
    if (!member) throw new KeyError(name)
    return member
  }
  static __len__(): number {
    return members.get(this)?.list.length ?? 0
  }
  static __contains__(x: any): boolean {
    return members.get(this)?.list.includes(x) ?? false
  }
  static [Symbol.iterator](): Iterator<any> {
    return (members.get(this)?.list ?? [])[Symbol.iterator]()
  }
  static get __members__(): Record<string, any> {
    return Object.fromEntries(members.get(this)?.byName ?? [])
  }
  __str__(): string {
    return `${this.constructor.name}.${this.name}`
  }
  __repr__(): string {
    return `<${this.constructor.name}.${this.name}: ${repr(this.value)}>`
  }
  __hash__(): number {
    return 0
  }
}

/** Enum(name, names): names as 'A B' or 'A,B', a list of names (valued 1, 2…), of pairs, or a dict. */
function functional(base: any, name: string, names: any): any {
  const cls = class extends base {}
  Object.defineProperty(cls, 'name', { value: name })
  const entries: [string, any][] =
    typeof names === 'string'
      ? names
          .split(/[\s,]+/)
          .filter(Boolean)
          .map((n, i) => [n, i + 1])
      : Array.isArray(names)
        ? names.map((n, i) => (typeof n === 'string' ? [n, i + 1] : [n[0], n[1]]))
        : Object.entries(names)
  cls.__class_attributes__(Object.fromEntries(entries))
  return cls
}

/** IntEnum: members are equal to (and compute as) their int values. */
class IntEnum extends Enum {
  __eq__(other: any): boolean {
    return other === this || eq(this.value, other instanceof Enum ? other.value : other)
  }
  // Ordered as their values, against members and ints alike.
  __lt__(other: any): boolean {
    return lt(this.value, intOf(other))
  }
  __le__(other: any): boolean {
    return le(this.value, intOf(other))
  }
  __gt__(other: any): boolean {
    return gt(this.value, intOf(other))
  }
  __ge__(other: any): boolean {
    return ge(this.value, intOf(other))
  }
  override valueOf(): number {
    return this.value
  }
  override __str__(): string {
    return String(this.value)
  }
}

const intOf = (x: any) => (x instanceof Enum ? x.value : x)

const StrEnum = Enum

export const enumModule = pyModule('enum', {
  Enum,
  IntEnum,
  StrEnum,
  Flag: Enum,
  IntFlag: IntEnum,
  auto,
  unique: (cls: any) => cls,
})
