// Runs a .feature text in this test worker through brine's ScenarioRun with the step files of the
// test (brine/cucumber registers into the worker's registry), for the compatibility layer's tests.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildFeatureData } from '../../src/compile/build-feature-data.ts'
import { parseFeature } from '../../src/compile/parse-feature.ts'
import { eachStep, ScenarioRun } from '../../src/runtime/scenario-run.ts'
import { supportRegistry } from '../../src/runtime/support-registry.ts'
import { ensureBeforeAll } from '../../src/runtime/worker-hooks.ts'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'

const dir = mkdtempSync(join(tmpdir(), 'brine-cucumber-'))
let count = 0

export interface Outcome {
  result: ScenarioResult
  error: unknown
}

/** Each scenario's result, in order; the feature is written to a file, as hooks may read it again. */
export async function runFeature(
  gherkin: string,
  worldParameters: Record<string, unknown> = {},
  retriesLeft = 0,
): Promise<Outcome[]> {
  const path = join(dir, `f${++count}.feature`)
  writeFileSync(path, gherkin)
  const feature = buildFeatureData(parseFeature(gherkin, path))!
  const registry = supportRegistry()
  await ensureBeforeAll(registry, 1000, worldParameters)
  const outcomes: Outcome[] = []
  for (const scenario of [...feature.scenarios, ...feature.rules.flatMap((rule) => rule.scenarios)]) {
    const run = new ScenarioRun(registry, feature, scenario, { stepTimeout: 1000, worldParameters, retriesLeft })
    await run.run(eachStep(scenario.steps.length))
    outcomes.push({ result: run.result, error: run.error })
  }
  return outcomes
}

/** The message of a failed outcome, without the step line brine adds. */
export function message(outcome: Outcome): string {
  return (outcome.error as Error).message.split('\n    at step:')[0]!
}
