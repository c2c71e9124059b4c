// Converts step arguments without a scenario: transformers run against a stand-in World that
// refuses every use, and a transformer that touches it or throws leaves its argument unconverted
// (with the reason) instead of failing the whole match.
import type { ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import { reportable } from '../runtime/report-values.js'
import type { UnconvertedArgument } from './probe-types.js'

class NeedsWorldError extends Error {}

class Unconverted {
  constructor(
    readonly reason: string,
    readonly text: string,
  ) {}
}

/** Passed to matching as the World: any use of it means the transformer needs a real scenario. */
export const absentWorld: object = new Proxy(Object.create(null) as object, {
  get: () => {
    throw new NeedsWorldError()
  },
  set: () => {
    throw new NeedsWorldError()
  },
  has: () => {
    throw new NeedsWorldError()
  },
})

/** Makes every transformer of the registry report its failure as a value rather than throw. */
export function guardTransformers(registry: ParameterTypeRegistry): void {
  for (const type of registry.parameterTypes) {
    const transform = type.transform.bind(type)
    type.transform = (world: unknown, values: string[] | null) => {
      const text = values?.find((v) => v !== undefined) ?? ''
      try {
        const value: unknown = transform(world, values)
        return isThenable(value) ? Promise.resolve(value).catch((error) => unconverted(error, text)) : value
      } catch (error) {
        return unconverted(error, text)
      }
    }
  }
}

/** The report form of matched arguments: converted values, or what kept one from converting. */
export async function reportArguments(args: readonly unknown[]): Promise<unknown[]> {
  const values = await Promise.all(args)
  return values.map((value) =>
    value instanceof Unconverted
      ? ({ unconverted: value.reason, text: value.text } satisfies UnconvertedArgument)
      : reportable(value),
  )
}

function unconverted(error: unknown, text: string): Unconverted {
  if (error instanceof NeedsWorldError) return new Unconverted('the transformer needs the World', text)
  const message = error instanceof Error ? error.message : String(error)
  return new Unconverted(`the transformer threw: ${message}`, text)
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function'
}
