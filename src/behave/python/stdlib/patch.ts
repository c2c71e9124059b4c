// unittest.mock.patch, patch.object and patch.dict: swap an attribute of a module (by its dotted
// name), of an object or a dict's items for the test, and put back exactly what was there — as a
// context manager (`with`), with start()/stop(), or as a decorator.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { AttributeError, ModuleNotFoundError } from '../errors.js'
import { call as pyCall, kw, splitKwargs } from '../kwargs.js'
import { moduleNamed, pyModule } from '../registry.js'
import {
  ANY,
  AsyncMock,
  Call,
  DEFAULT,
  MagicMock,
  Mock,
  NonCallableMagicMock,
  NonCallableMock,
  PropertyMock,
  call,
  isPropertyMock,
  sentinel,
} from './mock.js'

/** The object a dotted name leads to: the longest registered module prefix, then attributes. */
function importTarget(dotted: string): any {
  const parts = dotted.split('.')
  for (let i = parts.length; i > 0; i--) {
    let value = moduleNamed(parts.slice(0, i).join('.'))
    if (value === undefined) continue
    for (const part of parts.slice(i)) {
      if (!(part in Object(value)))
        throw new AttributeError(`module '${parts.slice(0, i).join('.')}' has no attribute '${part}'`)
      value = value[part]
    }
    return value
  }
  throw new ModuleNotFoundError(
    `No module named '${parts[0]}' (brine/python has no module of that name, and no translated module registered it)`,
  )
}

interface Saved {
  restore(): void
}

function swap(owner: any, attribute: string, value: any, create: boolean): Saved {
  // A class's methods live on its prototype: patching Class.method replaces what its instances call.
  const target = onPrototype(owner, attribute) ? owner.prototype : owner
  const descriptor = Object.getOwnPropertyDescriptor(target, attribute)
  if (!descriptor && !(attribute in target) && !create)
    throw new AttributeError(`${String(target?.__name__ ?? target)} does not have the attribute '${attribute}'`)
  if (descriptor?.set) {
    // A translated module's variable: assign through its setter, and assign the old value back.
    const original = target[attribute]
    target[attribute] = value
    return { restore: () => void (target[attribute] = original) }
  }
  const enumerable = descriptor?.enumerable ?? true
  if (isPropertyMock(value))
    Object.defineProperty(target, attribute, {
      get: () => value(),
      set: (v: any) => value(v),
      configurable: true,
      enumerable,
    })
  else Object.defineProperty(target, attribute, { value, writable: true, configurable: true, enumerable })
  return {
    restore: () => {
      if (descriptor) Object.defineProperty(target, attribute, descriptor)
      else delete target[attribute]
    },
  }
}

const onPrototype = (owner: any, attribute: string): boolean =>
  typeof owner === 'function' &&
  !(attribute in owner) &&
  owner.prototype !== undefined &&
  owner.prototype !== null &&
  attribute in owner.prototype

type Patching = { enter(): any; exit(): void }

/** A patcher: `with`, start()/stop(), or a decorator (an extra mock argument, as in Python). */
function patcher(patching: Patching, addsArgument: boolean): any {
  const active: unknown[] = []
  const decorate = (fn: (...args: any[]) => any) =>
    function (this: any, ...args: any[]) {
      const value = patching.enter()
      try {
        const result = addsArgument ? fn.call(this, ...args, value) : fn.apply(this, args)
        if (result && typeof result.then === 'function') return result.finally(() => patching.exit())
        patching.exit()
        return result
      } catch (error) {
        patching.exit()
        throw error
      }
    }
  return Object.assign(decorate, {
    __enter__: () => patching.enter(),
    __exit__: () => {
      patching.exit()
      return false
    },
    start: () => {
      const value = patching.enter()
      active.push(value)
      return value
    },
    stop: () => {
      if (active.pop() !== undefined) patching.exit()
    },
  })
}

/** What a patch puts in place: `new`, `new_callable(**kwargs)`, or a MagicMock configured with kwargs. */
function replacement(kwargs: Record<string, any>): () => any {
  const {
    new: value = DEFAULT,
    new_callable = null,
    create,
    spec = null,
    spec_set = null,
    autospec = null,
    ...attributes
  } = kwargs
  void create
  const specOf = spec ?? spec_set ?? (autospec !== null && autospec !== true ? autospec : null)
  return () => {
    if (value !== DEFAULT) return value
    if (new_callable !== null) return pyCall(new_callable, ...(Object.keys(attributes).length ? [kw(attributes)] : []))
    return MagicMock(kw(specOf !== null ? { ...attributes, spec: specOf } : attributes))
  }
}

function attributePatch(
  resolve: () => any,
  attribute: string,
  kwargs: Record<string, any>,
  addsArgument: boolean,
): any {
  const make = replacement(kwargs)
  const saved: Saved[] = []
  return patcher(
    {
      enter() {
        const value = make()
        saved.push(swap(resolve(), attribute, value, kwargs.create === true))
        return value
      },
      exit() {
        saved.pop()?.restore()
      },
    },
    addsArgument,
  )
}

/** patch('package.module.Name', new=DEFAULT, new_callable=None, **mock_attributes). */
function patch(...args: any[]): any {
  const [positional, kwargs] = splitKwargs(args)
  const target: string = positional[0]
  if (positional.length > 1) kwargs.new = positional[1]
  const at = target.lastIndexOf('.')
  if (at < 0) throw new TypeError(`Need a valid target to patch. You supplied: ${JSON.stringify(target)}`)
  return attributePatch(() => importTarget(target.slice(0, at)), target.slice(at + 1), kwargs, kwargs.new === undefined)
}

/** patch.object(target, 'attribute', new=DEFAULT, **mock_attributes). */
patch.object = function (...args: any[]): any {
  const [positional, kwargs] = splitKwargs(args)
  const [target, attribute] = positional
  if (positional.length > 2) kwargs.new = positional[2]
  return attributePatch(() => target, attribute, kwargs, kwargs.new === undefined)
}

/** patch.dict(in_dict, values=(), clear=False, **values): the dict's items, restored afterwards. */
patch.dict = function (...args: any[]): any {
  const [positional, kwargs] = splitKwargs(args)
  const { clear = false, ...extra } = kwargs
  const [target, values = {}] = positional
  const saved: Record<string, any>[] = []
  return patcher(
    {
      enter() {
        const dict = typeof target === 'string' ? importTarget(target) : target
        saved.push({ ...dict })
        if (clear) for (const k of Object.keys(dict)) delete dict[k]
        Object.assign(dict, values instanceof Map ? Object.fromEntries(values) : values, extra)
        return dict
      },
      exit() {
        const dict = typeof target === 'string' ? importTarget(target) : target
        const before = saved.pop()!
        for (const k of Object.keys(dict)) delete dict[k]
        Object.assign(dict, before)
      },
    },
    false,
  )
}

/** create_autospec(spec): a mock with the spec's attributes. */
const create_autospec = (spec: any) => Mock(kw({ spec }))

const mock = pyModule('unittest.mock', {
  Mock,
  MagicMock,
  NonCallableMock,
  NonCallableMagicMock,
  AsyncMock,
  PropertyMock,
  patch,
  call,
  ANY,
  DEFAULT,
  sentinel,
  create_autospec,
  Call,
})

export const unittest = pyModule('unittest', { mock })
// The `mock` package on PyPI is the same API.
pyModule('mock', mock)
