// The version of the Vitest that brine's plugin runs under. Vitest 4 moved the pool options
// (isolate, maxThreads...) from `poolOptions.<pool>` to the top level of `test`.
import { createRequire } from 'node:module'
import { join } from 'node:path'

/**
 * The Vitest the project at `root` resolves (the one running it), else the one beside brine.
 * They differ only when brine is linked from elsewhere, as in brine's own fixture projects.
 */
export function vitestVersion(root: string = process.cwd()): string | undefined {
  for (const from of [join(root, 'package.json'), import.meta.url]) {
    try {
      return (createRequire(from)('vitest/package.json') as { version: string }).version
    } catch {
      // Not resolvable from there: try the next place.
    }
  }
  return undefined
}

export function vitestMajor(root: string = process.cwd()): number {
  const version = vitestVersion(root)
  return version ? Number(version.split('.')[0]) : 3
}
