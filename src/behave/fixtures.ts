// behave's fixtures: a fixture is a generator function (sync or async) that sets something up,
// yields its value and cleans up after the yield; or a function that returns a cleanup function.
// useFixture runs the setup now and the cleanup when the current context layer ends.
import type { Context } from './context.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type FixtureFn = (context: Context, ...args: any[]) => unknown

/** Tag → fixture, or [fixture, args] (behave's fixture registry for useFixtureByTag). */
export type FixtureRegistry = Record<string, FixtureFn | readonly [FixtureFn, readonly unknown[]]>

const fixtureNames = new WeakMap<FixtureFn, string>()

/** behave's @fixture: marks a function as a fixture (optionally naming it). */
export function fixture<F extends FixtureFn>(fn: F, options: { name?: string } = {}): F {
  if (typeof fn !== 'function') throw new TypeError('fixture needs a function')
  fixtureNames.set(fn, options.name ?? fn.name)
  return fn
}

/** behave's fixture_call_params: a fixture with its arguments, for a registry entry. */
export function fixtureCallParams(fn: FixtureFn, ...args: unknown[]): readonly [FixtureFn, readonly unknown[]] {
  return [fn, args]
}

function isIterator(value: unknown): value is Iterator<unknown> | AsyncIterator<unknown> {
  return typeof (value as { next?: unknown } | null)?.next === 'function'
}

/**
 * Runs the fixture's setup and returns its value (a promise for async fixtures); its cleanup runs
 * when the context's current layer ends (the scenario, the feature or the worker's testrun).
 */
export function useFixture<T = unknown>(fn: FixtureFn, context: Context, ...args: unknown[]): T {
  const result = fn(context, ...args)
  if (isIterator(result)) {
    const first = result.next()
    const cleanup = async () => {
      const last = await result.next()
      if (!last.done) {
        throw new Error(`Fixture ${fixtureNames.get(fn) ?? fn.name} yields more than once`)
      }
    }
    context.addCleanup(cleanup)
    if (first instanceof Promise) return first.then((step: IteratorResult<unknown>) => step.value) as T
    return (first as IteratorResult<unknown>).value as T
  }
  if (result instanceof Promise) {
    return result.then((value: unknown) => keepCleanup(context, value)) as T
  }
  return keepCleanup(context, result) as T
}

/** A setup that returned a function returned its cleanup; it has no value. */
function keepCleanup(context: Context, value: unknown): unknown {
  if (typeof value !== 'function') return value
  context.addCleanup(value as () => unknown)
  return undefined
}

/** behave's use_fixture_by_tag: the fixture registered for the tag; throws for an unknown tag. */
export function useFixtureByTag<T = unknown>(tag: string, context: Context, registry: FixtureRegistry): T {
  const entry = Object.hasOwn(registry, tag) ? registry[tag] : undefined
  if (entry === undefined) throw new Error(`LookupError: Unknown fixture-tag: ${tag}`)
  if (typeof entry === 'function') return useFixture<T>(entry, context)
  if (Array.isArray(entry)) return useFixture<T>(entry[0], context, ...entry[1])
  throw new Error(`ValueError: fixture_data: Expected tuple or fixture-func, but is: ${String(entry)}`)
}
