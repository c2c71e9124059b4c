// The major version of the Vitest that brine's plugin runs under. Vitest 4 moved the pool
// options (isolate, maxThreads...) from `poolOptions.<pool>` to the top level of `test`.
import { createRequire } from 'node:module'

/** Resolved the way the plugin's own `vitest/config` import is, so both name the same install. */
export function vitestMajor(from: string = import.meta.url): number {
  const { version } = createRequire(from)('vitest/package.json') as { version: string }
  return Number(version.split('.')[0])
}
