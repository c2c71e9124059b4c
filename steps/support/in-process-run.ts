// Runs a feature's scenarios in this worker against a registry of their own, so brine's
// semantics can be specified without spawning Vitest.
import { buildFeatureData } from '../../src/compile/build-feature-data.ts'
import { parseFeature } from '../../src/compile/parse-feature.ts'
import type { FeatureData, ScenarioData } from '../../src/types/feature-data.ts'
import { eachStep, ScenarioRun } from '../../src/runtime/scenario-run.ts'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'
import type { SupportRegistry } from '../../src/runtime/support-registry.ts'

export interface InProcessResult extends ScenarioResult {
  error: unknown
}

export function compile(source: string, uri = 'features/spec.feature'): FeatureData {
  const data = buildFeatureData(parseFeature(source, uri))
  if (!data) throw new Error('The feature text has no Feature')
  return data
}

export function allScenarios(feature: FeatureData): ScenarioData[] {
  return [...feature.scenarios, ...feature.rules.flatMap((rule) => rule.scenarios)]
}

export async function runInProcess(feature: FeatureData, registry: SupportRegistry): Promise<InProcessResult[]> {
  const results: InProcessResult[] = []
  for (const scenario of allScenarios(feature)) {
    const run = new ScenarioRun(registry, feature, scenario, { stepTimeout: 2000, worldParameters: {} })
    await run.run(eachStep(scenario.steps.length))
    results.push({ ...run.result, error: run.error })
  }
  return results
}
