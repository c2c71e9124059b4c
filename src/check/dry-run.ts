// Runs the dry-run module in a worker of the features project and returns what it found. The
// worker is where step files can load: they import 'vitest', the World and the system under test.
import { extname } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { CheckProject } from './open-project.js'
import { DRY_RUN_KEY, type DryRunInput, type DryRunOutput } from './probe-types.js'

// The entry runs from source in development and from dist when installed: same extension as this.
const entry = fileURLToPath(new URL(`./dry-run-entry${extname(import.meta.url)}`, import.meta.url))

/** The step files could not be loaded (a syntax error, a failing import, a throwing top level). */
export class DryRunError extends Error {
  override name = 'DryRunError'
}

export async function dryRun(project: CheckProject, input: DryRunInput): Promise<DryRunOutput> {
  project.features.provide(DRY_RUN_KEY, input)
  const { testModules } = await project.vitest.runTestSpecifications([project.features.createSpecification(entry)])
  const module = testModules[0]
  const test = module ? [...module.children.allTests()][0] : undefined
  const output = test?.meta()[DRY_RUN_KEY]
  if (output) return output
  const errors = [...(module?.errors() ?? []), ...(test?.result().errors ?? [])]
  // A step file that throws is named in the first line of its error (dry-run-entry.ts).
  const detail = errors.map((e) => e.stack ?? e.message).join('\n\n')
  throw new DryRunError(detail || `Loading the step files failed:\n${project.output()}`)
}
