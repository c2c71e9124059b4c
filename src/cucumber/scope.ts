// cucumber-js's `world` and `context` proxies: the World of the scenario whose step or hook is
// running, and the context of the running BeforeAll/AfterAll hook, for arrow functions that cannot
// use `this`. Async code the step starts keeps its scope.
import { AsyncLocalStorage } from 'node:async_hooks'
import type { IContext, IWorld } from './types.js'

const worlds = new AsyncLocalStorage<object>()
const contexts = new AsyncLocalStorage<object>()

export function runWithWorld<T>(world: object, fn: () => Promise<T>): Promise<T> {
  return worlds.run(world, fn)
}

export function runWithContext<T>(context: object, fn: () => Promise<T>): Promise<T> {
  return contexts.run(context, fn)
}

function proxyOf<T extends object>(target: () => object): T {
  return new Proxy({} as T, {
    defineProperty: (_, key, attributes) => Reflect.defineProperty(target(), key, attributes),
    deleteProperty: (_, key) => Reflect.deleteProperty(target(), key),
    get: (_, key) => Reflect.get(target(), key, target()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(target(), key),
    getPrototypeOf: () => Reflect.getPrototypeOf(target()),
    has: (_, key) => Reflect.has(target(), key),
    isExtensible: () => Reflect.isExtensible(target()),
    ownKeys: () => Reflect.ownKeys(target()),
    preventExtensions: () => Reflect.preventExtensions(target()),
    set: (_, key, value) => Reflect.set(target(), key, value, target()),
    setPrototypeOf: (_, proto) => Reflect.setPrototypeOf(target(), proto),
  })
}

/** The World of the running step or scenario hook. */
export const world = proxyOf<IWorld>(() => {
  const current = worlds.getStore()
  if (!current) {
    throw new Error('Attempted to access `world` from incorrect scope; only applicable to steps and case-level hooks')
  }
  return current
})

/** The context (`{ parameters }`) of the running BeforeAll or AfterAll hook. */
export const context = proxyOf<IContext>(() => {
  const current = contexts.getStore()
  if (!current) {
    throw new Error('Attempted to access `context` from incorrect scope; only applicable to run-level hooks')
  }
  return current
})
