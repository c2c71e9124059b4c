// PyHamcrest: assert_that(actual, matcher[, reason]) or assert_that(condition, reason), and the
// common matchers, with PyHamcrest's "Expected: … but: was …" messages.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { contains as pyContains, len, values } from '../containers.js'
import { AssertionError, isError } from '../errors.js'
import { iter } from '../iteration.js'
import { call, splitKwargs } from '../kwargs.js'
import { compare, eq, truthy } from '../operators.js'
import { pyModule } from '../registry.js'
import { repr, str } from '../text.js'
import { isDict } from '../values.js'
import { isinstance } from '../attributes.js'

/** How PyHamcrest shows a value: strings quoted, the rest in <…>. */
const show = (x: any) => (typeof x === 'string' ? repr(x) : `<${repr(x)}>`)

export class Matcher {
  constructor(
    readonly test: (x: any) => boolean,
    readonly description: string,
    readonly mismatch: (x: any) => string = (x) => `was ${show(x)}`,
  ) {}
  matches(x: any): boolean {
    return this.test(x)
  }
  __repr__(): string {
    return this.description
  }
}

/** A value where a matcher is expected means equal_to(value). */
const wrap = (m: any): Matcher => (m instanceof Matcher ? m : equal_to(m))
const list = (xs: any): any[] => [...iter(xs)]

function equal_to(expected: any): Matcher {
  return new Matcher((x) => eq(x, expected), show(expected))
}

function ordering(op: '<' | '<=' | '>' | '>=', words: string) {
  return (n: any) => new Matcher((x) => compare(op, x, n), `a value ${words} ${show(n)}`)
}

function sequenceInOrder(...items: any[]): Matcher {
  const ms = items.map(wrap)
  return new Matcher(
    (x) => {
      const xs = list(x)
      return xs.length === ms.length && ms.every((m, i) => m.matches(xs[i]))
    },
    `a sequence containing [${ms.map((m) => m.description).join(', ')}]`,
    (x) => {
      const xs = list(x)
      const at = ms.findIndex((m, i) => i >= xs.length || !m.matches(xs[i]))
      if (at < 0) return `not matched: ${show(xs[ms.length])}`
      if (at >= xs.length) return `no item matched: ${ms[at]!.description}`
      return `item ${at}: was ${show(xs[at])}`
    },
  )
}

function inAnyOrder(...items: any[]): Matcher {
  const ms = items.map(wrap)
  const unmatched = (x: any) => {
    const left = [...ms]
    for (const item of list(x)) {
      const at = left.findIndex((m) => m.matches(item))
      if (at < 0) return item
      left.splice(at, 1)
    }
    return left.length ? left : undefined
  }
  return new Matcher(
    (x) => unmatched(x) === undefined,
    `a sequence over [${ms.map((m) => m.description).join(', ')}] in any order`,
    (x) => {
      const u = unmatched(x)
      return Array.isArray(u) && u.every((m) => m instanceof Matcher)
        ? `no item matches: ${u.map((m) => m.description).join(', ')} in ${show(x)}`
        : `not matched: ${show(u)}`
    },
  )
}

const hasItem = (item: any): Matcher => {
  const m = wrap(item)
  return new Matcher((x) => list(x).some((v) => m.matches(v)), `a sequence containing ${m.description}`)
}

const allOf = (...ms: any[]): Matcher => {
  const all = ms.map(wrap)
  return new Matcher(
    (x) => all.every((m) => m.matches(x)),
    `(${all.map((m) => m.description).join(' and ')})`,
    (x) => {
      const failed = all.find((m) => !m.matches(x))!
      return `${failed.description} ${failed.mismatch(x)}`
    },
  )
}

function assert_that(...args: any[]): void {
  const [[actual, matcher, reasonArg = ''], kwargs] = splitKwargs(args)
  const reason = kwargs.reason ?? reasonArg
  if (matcher instanceof Matcher) {
    if (!matcher.matches(actual))
      throw new AssertionError(`${reason}\nExpected: ${matcher.description}\n     but: ${matcher.mismatch(actual)}\n`)
    return
  }
  // assert_that(condition, reason): the first argument's truth only.
  if (!truthy(actual)) throw new AssertionError(typeof matcher === 'string' ? matcher : 'Assertion failed')
}

const is_ = (m: any): Matcher => {
  const inner = wrap(m)
  return new Matcher((x) => inner.matches(x), inner.description, inner.mismatch)
}
const is_not = (m: any): Matcher => {
  const inner = wrap(m)
  return new Matcher(
    (x) => !inner.matches(x),
    `not ${inner.description}`,
    (x) => `but was ${show(x)}`,
  )
}

/** calling(f).with_args(…): a call to make later, for raises(). */
class Calling {
  #args: any[] = []
  constructor(readonly fn: any) {}
  with_args(...args: any[]): Calling {
    this.#args = args
    return this
  }
  invoke(): any {
    return call(this.fn, ...this.#args)
  }
}

const className = (type: any) => `<class '${type?.pythonName ?? type?.name ?? repr(type)}'>`

/** raises(Exception, pattern=None): the call raises that exception, its message matching the pattern. */
function raises(...args: any[]): Matcher {
  const [[type, patternArg = null], kwargs] = splitKwargs(args)
  const pattern: string | null = kwargs.pattern ?? patternArg
  let outcome: { raised: any } | undefined
  const isType = (e: any) => e instanceof type || isError(e, type?.pythonName ?? type?.name)
  return new Matcher(
    (x) => {
      outcome = undefined
      try {
        if (x instanceof Calling) x.invoke()
        else call(x)
      } catch (error) {
        outcome = { raised: error }
      }
      return !!outcome && isType(outcome.raised) && (pattern === null || new RegExp(pattern).test(str(outcome.raised)))
    },
    `Expected a callable raising ${className(type)}`,
    () => {
      if (!outcome) return 'No exception raised.'
      const e = outcome.raised
      if (!isType(e)) return `${repr(e)} of type ${className(e?.constructor)} was raised instead`
      return `Correct assertion type raised, but the expected pattern ("${pattern}") not found. Exception message was: "${str(e)}"`
    },
  )
}

export const hamcrest = pyModule('hamcrest', {
  assert_that,
  equal_to,
  is_,
  is_not,
  not_: is_not,
  none: () => new Matcher((x) => x === null || x === undefined, 'None'),
  not_none: () => is_not(new Matcher((x) => x === null || x === undefined, 'None')),
  anything: () => new Matcher(() => true, 'ANYTHING'),
  same_instance: (o: any) => new Matcher((x) => x === o, `same instance as ${show(o)}`),
  instance_of: (t: any) => new Matcher((x) => isinstance(x, t), `an instance of ${t?.name ?? t}`),
  greater_than: ordering('>', 'greater than'),
  greater_than_or_equal_to: ordering('>=', 'greater than or equal to'),
  less_than: ordering('<', 'less than'),
  less_than_or_equal_to: ordering('<=', 'less than or equal to'),
  close_to: (n: number, delta: number) =>
    new Matcher((x) => Math.abs(x - n) <= delta, `a numeric value within <${delta}> of <${n}>`),
  has_length: (n: any) => {
    const m = wrap(n)
    return new Matcher(
      (x) => m.matches(len(x)),
      `an object with length of ${m.description}`,
      (x) => `was ${show(x)} with length of ${show(len(x))}`,
    )
  },
  empty: () => new Matcher((x) => len(x) === 0, 'an empty collection'),
  has_item: hasItem,
  has_items: (...items: any[]) => allOf(...items.map(hasItem)),
  contains: sequenceInOrder,
  contains_exactly: sequenceInOrder,
  contains_inanyorder: inAnyOrder,
  only_contains: (...items: any[]) => {
    const ms = items.map(wrap)
    return new Matcher(
      (x) => list(x).every((v) => ms.some((m) => m.matches(v))),
      `a sequence containing items matching (${ms.map((m) => m.description).join(' or ')})`,
    )
  },
  is_in: (seq: any) => new Matcher((x) => pyContains(seq, x), `one of (${list(seq).map(show).join(', ')})`),
  contains_string: (s: string) =>
    new Matcher((x) => typeof x === 'string' && x.includes(s), `a string containing ${repr(s)}`),
  starts_with: (s: string) =>
    new Matcher((x) => typeof x === 'string' && x.startsWith(s), `a string starting with ${repr(s)}`),
  ends_with: (s: string) =>
    new Matcher((x) => typeof x === 'string' && x.endsWith(s), `a string ending with ${repr(s)}`),
  equal_to_ignoring_case: (s: string) =>
    new Matcher((x) => typeof x === 'string' && x.toLowerCase() === s.toLowerCase(), `${repr(s)} ignoring case`),
  matches_regexp: (p: string) => new Matcher((x) => new RegExp(p).test(x), `a string matching '${p}'`),
  has_key: (k: any) => new Matcher((x) => pyContains(x, k), `a dictionary containing key ${show(k)}`),
  has_entry: (k: any, v: any) => {
    const m = wrap(v)
    return new Matcher(
      (x) => pyContains(x, k) && m.matches(isDict(x) ? x[k] : x.__getitem__?.(k)),
      `a dictionary containing [${show(k)}: ${m.description}]`,
      (x) =>
        pyContains(x, k)
          ? `value for ${show(k)} was ${show(isDict(x) ? x[k] : x.__getitem__?.(k))}`
          : `no ${show(k)} key in ${show(x)}`,
    )
  },
  has_entries: (...args: any[]) => {
    const [[mapping = {}], kwargs] = splitKwargs(args)
    const entries = Object.entries({ ...mapping, ...kwargs })
    return allOf(
      ...entries.map(
        ([k, v]) =>
          new Matcher((x) => pyContains(x, k) && wrap(v).matches(x[k]), `[${show(k)}: ${wrap(v).description}]`),
      ),
    )
  },
  has_property: (name: string, value: any = undefined) => {
    const m = value === undefined ? null : wrap(value)
    return new Matcher(
      (x) => x !== null && x !== undefined && name in Object(x) && (!m || m.matches(x[name])),
      `an object with a property '${name}'${m ? ` matching ${m.description}` : ''}`,
    )
  },
  has_string: (m: any) => {
    const inner = wrap(m)
    return new Matcher((x) => inner.matches(str(x)), `an object with str ${inner.description}`)
  },
  has_value: (v: any) => {
    const m = wrap(v)
    return new Matcher((x) => values(x).some((y) => m.matches(y)), `a dictionary containing value ${m.description}`)
  },
  string_contains_in_order: (...parts: string[]) =>
    new Matcher(
      (x) => {
        let at = 0
        for (const part of parts) {
          const found = typeof x === 'string' ? x.indexOf(part, at) : -1
          if (found < 0) return false
          // PyHamcrest searches on from where the last part began, not where it ended.
          at = found
        }
        return true
      },
      `a string containing ${parts.map((p) => repr(p)).join(', ')} in order`,
    ),
  calling: (fn: any) => new Calling(fn),
  raises,
  all_of: allOf,
  any_of: (...ms: any[]) => {
    const all = ms.map(wrap)
    return new Matcher((x) => all.some((m) => m.matches(x)), `(${all.map((m) => m.description).join(' or ')})`)
  },
  Matcher,
})
