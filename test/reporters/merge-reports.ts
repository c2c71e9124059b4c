// `vitest --merge-reports` run inside the test process, so the reporters' code counts for coverage.
import { join } from 'node:path'
import { startVitest, type Reporter } from 'vitest/node'
import type { FixtureProject } from '../support/fixture-project.ts'

/** Merges the project's blob reports (in `.vitest-reports`, or `dir`) with the given reporters. */
export async function mergeReports(
  project: FixtureProject,
  reporters: Reporter[],
  dir = '.vitest-reports',
): Promise<void> {
  const exitCode = process.exitCode
  const vitest = await startVitest(
    'test',
    [],
    { root: project.dir, mergeReports: join(project.dir, dir), reporters, watch: false },
    {},
  )
  await vitest.close()
  // A merged run with failures sets the exit code; that is the fixture's result, not this test's.
  process.exitCode = exitCode
}
