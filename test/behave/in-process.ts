// Runs features in this test worker through brine's own ScenarioRun, so the behave runtime is
// exercised (and measured by coverage) without a Vitest child process. Steps are written as
// Gherkin text and read with the executeSteps parser.
import type { FeatureData, ScenarioData, StepData } from '../../src/types/feature-data.ts'
import { eachStep, ScenarioRun } from '../../src/runtime/scenario-run.ts'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'
import { supportRegistry } from '../../src/runtime/support-registry.ts'
import { ensureBeforeAll, runAfterAll } from '../../src/runtime/worker-hooks.ts'
import { parseStepsText } from '../../src/behave/steps-text.ts'

export interface ScenarioSpec {
  name: string
  tags?: string[]
  steps: string
}

let line = 0

export function featureData(uri: string, name: string, tags: string[], scenarios: ScenarioSpec[]): FeatureData {
  return {
    uri,
    name,
    keyword: 'Feature',
    language: 'en',
    line: 1,
    tags,
    rules: [],
    scenarios: scenarios.map((s): ScenarioData => ({
      title: s.name,
      name: s.name,
      keyword: 'Scenario',
      line: ++line,
      scenarioLine: line,
      tags: [...tags, ...(s.tags ?? [])],
      steps: parseStepsText(s.steps).map((step): StepData => ({
        keyword: `${step.keyword} `,
        type: step.type,
        text: step.text,
        line: ++line,
        ...(step.dataTable ? { dataTable: step.dataTable } : {}),
        ...(step.docString ? { docString: { content: step.docString.content, delimiter: '"""' } } : {}),
      })),
    })),
  }
}

/** Runs the feature's hooks and scenarios in order, as define-feature does; returns each scenario's result. */
export async function runFeature(
  feature: FeatureData,
  worldParameters: Record<string, unknown> = {},
): Promise<ScenarioResult[]> {
  const registry = supportRegistry()
  await ensureBeforeAll(registry, 5000)
  const info = {
    name: feature.name,
    uri: feature.uri,
    tags: feature.tags,
    language: feature.language,
    ...(feature.stepKeywords ? { stepKeywords: feature.stepKeywords } : {}),
  }
  for (const hook of registry.hooksOf('BeforeFeature', feature.tags)) await hook.fn(info)
  const results: ScenarioResult[] = []
  const scenarios = [
    ...feature.scenarios.map((scenario) => ({ scenario, rule: undefined })),
    ...feature.rules.flatMap((rule) => rule.scenarios.map((scenario) => ({ scenario, rule }))),
  ]
  for (const { scenario, rule } of scenarios) {
    const run = new ScenarioRun(registry, feature, scenario, { stepTimeout: 5000, worldParameters }, rule)
    await run.run(eachStep(scenario.steps.length))
    results.push(run.result)
  }
  for (const hook of registry.hooksOf('AfterFeature', feature.tags)) await hook.fn(info)
  return results
}

export function endWorker(): Promise<void> {
  return runAfterAll(supportRegistry(), 5000)
}
