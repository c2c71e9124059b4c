// unittest.mock's Mock and MagicMock as JavaScript Proxies: attributes appear on first use as child
// mocks, calls (and `new`) are recorded, return_value / side_effect / spec behave as in Python, and
// the assert_* methods raise AssertionError with Python's messages.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { AttributeError, AssertionError, StopIteration } from '../errors.js'
import { id } from '../identity.js'
import { iter } from '../iteration.js'
import { splitKwargs } from '../kwargs.js'
import { eq } from '../operators.js'
import { REPR, repr } from '../text.js'
import { isClass, MOCK } from '../values.js'

/**
 * A named marker object (sentinel.name, DEFAULT, ANY). A class instance, not a plain object: a plain
 * object is a dict to brine/python, and two empty dicts would be equal.
 */
class Marker {
  constructor(private readonly text: string) {}
  [REPR](): string {
    return this.text
  }
}

/** mock.DEFAULT / sentinel: "use the mock's return_value". */
export const DEFAULT: object = Object.freeze(new Marker('sentinel.DEFAULT'))

/** One recorded call: `call(1, a=2)`, `call.method(3)`. */
export class Call {
  constructor(
    readonly args: any[],
    readonly kwargs: Record<string, any>,
    readonly name = '',
  ) {}
  __eq__(other: any): boolean {
    if (other instanceof Call)
      return (
        (other.name === this.name || !other.name || !this.name) &&
        eq(this.args, other.args) &&
        eq(this.kwargs, other.kwargs)
      )
    if (Array.isArray(other) && other.length === 2) return eq(this.args, other[0]) && eq(this.kwargs, other[1])
    return false
  }
  __getitem__(i: number): any {
    return [this.args, this.kwargs][i]
  }
  __iter__(): any {
    return [this.args, this.kwargs][Symbol.iterator]()
  }
  __repr__(): string {
    return `call${this.name ? '.' + this.name : ''}(${argsText(this.args, this.kwargs)})`
  }
}

const argsText = (args: any[], kwargs: Record<string, any>) =>
  [...args.map(repr), ...Object.entries(kwargs).map(([k, v]) => `${k}=${repr(v)}`)].join(', ')

/** `call(1, a=2)`, `call.method(…)` and `call.child.method(…)` for comparing with call_args / mock_calls. */
function callNamed(name: string): any {
  return new Proxy(
    function call(...args: any[]) {
      const [positional, kwargs] = splitKwargs(args)
      return new Call(positional, kwargs, name)
    },
    {
      get(target, key) {
        if (typeof key === 'symbol' || key in target) return (target as any)[key]
        return callNamed(name ? `${name}.${key}` : key)
      },
    },
  )
}
export const call: any = callNamed('')

// MagicMock's supported dunders and what they return unless configured.
const magicDefaults: Record<string, (self: any) => any> = {
  __len__: () => 0,
  __iter__: () => iter([]),
  __contains__: () => false,
  __bool__: () => true,
  __int__: () => 1,
  __float__: () => 1.0,
  __hash__: (self) => id(self),
  __str__: (self) => repr(self),
  __enter__: (self) => self,
  __exit__: () => false,
  // Item access answers the dunder's return_value (a MagicMock unless configured).
  __getitem__: () => DEFAULT,
  __setitem__: () => null,
  __delitem__: () => null,
  __lt__: () => NOT_IMPLEMENTED,
  __gt__: () => NOT_IMPLEMENTED,
  __le__: () => NOT_IMPLEMENTED,
  __ge__: () => NOT_IMPLEMENTED,
}
const NOT_IMPLEMENTED = Symbol.for('brine.python.NotImplemented')

// Names the mock answers itself; everything else is an attribute (a child mock on first read).
const OWN = new Set([
  'return_value',
  'side_effect',
  'called',
  'call_count',
  'call_args',
  'call_args_list',
  'mock_calls',
  'method_calls',
  'assert_called',
  'assert_called_once',
  'assert_called_with',
  'assert_called_once_with',
  'assert_any_call',
  'assert_has_calls',
  'assert_not_called',
  'reset_mock',
  'configure_mock',
  'attach_mock',
])

interface State {
  name: string | null
  parent: State | null
  magic: boolean
  spec: Set<string> | null
  specClass: any
  values: Map<string, any>
  deleted: Set<string>
  calls: Call[]
  mockCalls: Call[]
  methodCalls: Call[]
  returnValue: any
  sideEffect: any
  sideEffectIterator: Iterator<any> | null
  self: any
}

const states = new WeakMap<object, State>()

function fullName(s: State): string {
  if (!s.parent) return s.name ?? 'mock'
  const parent = fullName(s.parent)
  return s.name?.startsWith('()') ? parent + s.name : `${parent}.${s.name}`
}

function displayName(s: State): string {
  return s.name === null && !s.parent ? 'mock' : fullName(s)
}

function specNames(spec: any): Set<string> | null {
  if (spec === null || spec === undefined) return null
  if (Array.isArray(spec)) return new Set(spec)
  const names = new Set<string>()
  for (let o = isClass(spec) ? spec.prototype : spec; o && o !== Object.prototype; o = Object.getPrototypeOf(o))
    for (const n of Object.getOwnPropertyNames(o)) names.add(n)
  if (!isClass(spec)) for (const n of Object.keys(spec)) names.add(n)
  return names
}

function record(s: State, c: Call): void {
  s.mockCalls.push(c)
  let child = s
  let path = ''
  for (let p = s.parent; p; p = p.parent) {
    path = child.name + (path ? '.' + path : '')
    p.mockCalls.push(new Call(c.args, c.kwargs, path))
    if (!child.name?.startsWith('()')) p.methodCalls.push(new Call(c.args, c.kwargs, path))
    child = p
  }
}

function invoke(s: State, args: any[]): any {
  const [positional, kwargs] = splitKwargs(args)
  const c = new Call(positional, kwargs)
  s.calls.push(c)
  record(s, new Call(positional, kwargs))
  const effect = s.sideEffect
  if (effect !== null && effect !== undefined) {
    if (effect instanceof Error) throw effect
    if (isClass(effect) && (effect.prototype instanceof Error || effect === Error)) throw new effect()
    if (typeof effect === 'function') {
      const result = effect(...args)
      if (result !== DEFAULT) return result
    } else {
      s.sideEffectIterator ??= iter(effect)
      const step = s.sideEffectIterator.next()
      if (step.done) throw new StopIteration()
      if (step.value instanceof Error) throw step.value
      if (isClass(step.value) && step.value.prototype instanceof Error) throw new step.value()
      if (step.value !== DEFAULT) return step.value
    }
  }
  return returnValue(s)
}

function returnValue(s: State): any {
  if (s.returnValue === DEFAULT) s.returnValue = makeMock({ name: '()', parent: s, magic: s.magic })
  return s.returnValue
}

function fail(message: string): never {
  throw new AssertionError(message)
}

/** Python's _calls_repr: the mock's calls (its children's too), after "Called n times.". */
function callsText(s: State): string {
  return s.mockCalls.length ? `\nCalls: [${s.mockCalls.map((c) => c.__repr__()).join(', ')}].` : ''
}

function expected(s: State, args: any[]): string {
  const [positional, kwargs] = splitKwargs(args)
  return `${displayName(s)}(${argsText(positional, kwargs)})`
}

function api(s: State, name: string): any {
  const self = s.self
  const matches = (c: Call, args: any[]) => {
    const [positional, kwargs] = splitKwargs(args)
    return eq(c.args, positional) && eq(c.kwargs, kwargs)
  }
  switch (name) {
    case 'return_value':
      return returnValue(s)
    case 'side_effect':
      return s.sideEffect
    case 'called':
      return s.calls.length > 0
    case 'call_count':
      return s.calls.length
    case 'call_args':
      return s.calls.at(-1) ?? null
    case 'call_args_list':
      return s.calls
    case 'mock_calls':
      return s.mockCalls
    case 'method_calls':
      return s.methodCalls
    case 'assert_called':
      return () => s.calls.length || fail(`Expected '${displayName(s)}' to have been called.`)
    case 'assert_called_once':
      return () =>
        s.calls.length === 1 ||
        fail(`Expected '${displayName(s)}' to have been called once. Called ${s.calls.length} times.${callsText(s)}`)
    case 'assert_not_called':
      return () =>
        s.calls.length === 0 ||
        fail(`Expected '${displayName(s)}' to not have been called. Called ${s.calls.length} times.${callsText(s)}`)
    case 'assert_called_with':
      return (...args: any[]) => {
        const last = s.calls.at(-1)
        if (!last) fail(`expected call not found.\nExpected: ${expected(s, args)}\nActual: not called.`)
        if (!matches(last, args))
          fail(
            `expected call not found.\nExpected: ${expected(s, args)}\nActual: ${displayName(s)}(${argsText(last.args, last.kwargs)})`,
          )
      }
    case 'assert_called_once_with':
      return (...args: any[]) => {
        if (s.calls.length !== 1)
          fail(`Expected '${displayName(s)}' to be called once. Called ${s.calls.length} times.${callsText(s)}`)
        return api(s, 'assert_called_with')(...args)
      }
    case 'assert_any_call':
      return (...args: any[]) => s.calls.some((c) => matches(c, args)) || fail(`${expected(s, args)} call not found`)
    case 'assert_has_calls':
      return (...args: any[]) => {
        const [[calls], kwargs] = splitKwargs(args)
        const wanted = [...iter(calls)]
        const have = s.mockCalls
        const found = kwargs.any_order
          ? wanted.every((w) => have.some((h) => eq(h, w)))
          : have.some((_, i) => wanted.every((w, j) => have[i + j] !== undefined && eq(have[i + j], w)))
        if (!found) fail(`Calls not found.\nExpected: ${repr(wanted)}\nActual: ${repr(have)}`)
      }
    case 'reset_mock':
      return () => {
        s.calls.length = 0
        s.mockCalls.length = 0
        s.methodCalls.length = 0
        for (const v of s.values.values()) if (v?.[MOCK]) v.reset_mock()
      }
    case 'configure_mock':
      return (...args: any[]) => configure(self, splitKwargs(args)[1])
    case 'attach_mock':
      return (child: any, attribute: string) => {
        const cs = states.get(child)
        if (cs) Object.assign(cs, { parent: s, name: attribute })
        s.values.set(attribute, child)
      }
  }
}

function configure(mock: any, values: Record<string, any>): void {
  for (const [path, value] of Object.entries(values)) {
    const parts = path.split('.')
    let target = mock
    for (const part of parts.slice(0, -1)) target = target[part]
    target[parts.at(-1)!] = value
  }
}

interface Options {
  name?: string | null
  parent?: State | null
  magic?: boolean
  spec?: any
}

function makeMock(options: Options, kwargs: Record<string, any> = {}): any {
  const target = function mock() {}
  const s: State = {
    name: options.name ?? null,
    parent: options.parent ?? null,
    magic: options.magic ?? false,
    spec: specNames(options.spec),
    specClass: isClass(options.spec) ? options.spec : null,
    values: new Map(),
    deleted: new Set(),
    calls: [],
    mockCalls: [],
    methodCalls: [],
    returnValue: DEFAULT,
    sideEffect: null,
    sideEffectIterator: null,
    self: null,
  }
  const proxy: any = new Proxy(target, {
    apply: (_t, _this, args) => invoke(s, args),
    construct: (_t, args) => invoke(s, args),
    getPrototypeOf: () => (s.specClass ? s.specClass.prototype : (s.magic ? MagicMock : Mock).prototype),
    has: (_t, key) =>
      typeof key === 'string' && !s.deleted.has(key) && (!s.spec || s.spec.has(key) || s.values.has(key)),
    get(_t, key) {
      if (key === MOCK)
        return new Set([
          ...Object.keys(s.magic ? magicDefaults : {}),
          ...[...s.values.keys()].filter((k) => k.startsWith('__')),
        ])
      if (key === REPR)
        return () =>
          `<${s.magic ? 'MagicMock' : 'Mock'}${s.name !== null || s.parent ? ` name='${displayName(s)}'` : ''}${s.specClass ? ` spec='${s.specClass.name}'` : ''} id='${id(proxy)}'>`
      if (typeof key === 'symbol') return key === Symbol.toPrimitive ? () => repr(proxy) : undefined
      if (s.values.has(key)) return s.values.get(key)
      if (OWN.has(key)) return api(s, key)
      if (key === 'toString' || key === 'valueOf') return () => repr(proxy)
      if (
        key === 'then' ||
        key === 'constructor' ||
        key === 'prototype' ||
        key === 'toJSON' ||
        key === 'asymmetricMatch' ||
        key === '$$typeof' ||
        key === 'nodeType'
      )
        return undefined
      if (key === '_mock_name') return s.name
      if (s.deleted.has(key)) throw new AttributeError(key)
      if (key.startsWith('__') && key.endsWith('__')) {
        if (s.magic && key in magicDefaults) {
          const child = makeMock({ name: key, parent: s })
          const cs = states.get(child)!
          // The Python default, unless the test configured a return_value.
          cs.sideEffect = () => (cs.returnValue === DEFAULT ? magicDefaults[key]!(proxy) : DEFAULT)
          s.values.set(key, child)
          return child
        }
        if (key === '__proto__') return Object.getPrototypeOf(proxy)
        if (key === '__esModule') return undefined
        throw new AttributeError(key)
      }
      if (s.spec && !s.spec.has(key)) throw new AttributeError(`Mock object has no attribute '${key}'`)
      const child = makeMock({ name: key, parent: s, magic: s.magic })
      s.values.set(key, child)
      return child
    },
    set(_t, key, value) {
      if (typeof key === 'symbol') return false
      if (key === 'return_value') s.returnValue = value
      else if (key === 'side_effect') {
        s.sideEffect = value
        s.sideEffectIterator = null
      } else {
        s.deleted.delete(key)
        const child = states.get(value)
        if (child && !child.parent && child.name === null) Object.assign(child, { parent: s, name: key })
        s.values.set(key, value)
      }
      return true
    },
    deleteProperty(_t, key) {
      if (typeof key === 'string') {
        s.values.delete(key)
        s.deleted.add(key)
      }
      return true
    },
  })
  s.self = proxy
  states.set(proxy, s)
  const { return_value, side_effect, ...rest } = kwargs
  if ('return_value' in kwargs) s.returnValue = return_value
  if ('side_effect' in kwargs) s.sideEffect = side_effect
  configure(proxy, rest)
  return proxy
}

function mockFactory(magic: boolean) {
  return function (...args: any[]) {
    const [positional, kwargs] = splitKwargs(args)
    const {
      spec = positional[0] ?? null,
      spec_set = null,
      name = null,
      wraps: _wraps,
      unsafe: _unsafe,
      ...rest
    } = kwargs
    void _wraps
    void _unsafe
    return makeMock({ name, magic, spec: spec ?? spec_set }, rest)
  }
}

/** Mock(spec=None, side_effect=None, return_value=DEFAULT, name=None, **attributes). */
export const Mock: any = mockFactory(false)
/** MagicMock: a Mock whose dunders (__len__, __iter__, __enter__…) answer with Python's defaults. */
export const MagicMock: any = mockFactory(true)
Object.setPrototypeOf(MagicMock.prototype, Mock.prototype)
export const NonCallableMock = Mock
export const NonCallableMagicMock = MagicMock
export const AsyncMock = MagicMock

const propertyMocks = new WeakSet<object>()

/** PropertyMock: a mock to set as a class property; reading it calls it, assigning calls it with the value. */
export const PropertyMock: any = function PropertyMock(...args: any[]) {
  const m = Mock(...args)
  propertyMocks.add(m)
  return m
}

/** Whether patch should install the value as a property (a getter and setter calling it). */
export const isPropertyMock = (x: unknown): boolean => typeof x === 'function' && propertyMocks.has(x)

/** mock.ANY: equal to everything. */
export const ANY: object = Object.freeze(
  new (class Any extends Marker {
    __eq__(): boolean {
      return true
    }
    __ne__(): boolean {
      return false
    }
  })('<ANY>'),
)

/** mock.sentinel.name: a unique named object. */
export const sentinel: any = new Proxy(
  {},
  {
    get(target: any, key) {
      if (typeof key === 'symbol') return undefined
      target[key] ??= Object.freeze(new Marker(`sentinel.${key}`))
      return target[key]
    },
  },
)
