// Turns Vitest's finished test modules into the run model every brine reporter reads: features
// in uri order, each pickle with its Vitest outcome and the step results from task meta. Reads
// only task meta and Vitest's results, so it works the same on merged shard reports.
import { IdGenerator, type Pickle } from '@cucumber/messages'
import type { TestCase, TestModule, TestSuite } from 'vitest/node'
import type { ScenarioData } from '../../types/feature-data.js'
import type { ScenarioResult } from '../../types/scenario-result.js'
import type { SupportInfo } from '../../types/support-info.js'
import { readFeatureSource, scenariosBySuitePath, type FeatureSource } from './feature-source.js'
import { featureUnits } from './feature-units.js'
import { mergeSupport } from './merge-support.js'

type ScenarioState = 'passed' | 'failed' | 'skipped'

export interface ScenarioOutcome {
  pickle: Pickle
  scenario: ScenarioData
  /** Vitest's verdict (pending and skipped scenarios are both `skipped` there). */
  state: ScenarioState
  /** The worker's record; missing when the scenario never ran (skipped, or failed before it started). */
  result?: ScenarioResult
  /** Vitest's first error, when the test failed. */
  error?: { message: string; stack?: string }
  /** Epoch ms and ms, from Vitest when the record has none. */
  startedAt: number
  duration: number
}

interface FeatureOutcome {
  source: FeatureSource
  scenarios: ScenarioOutcome[]
}

export interface RunModel {
  features: FeatureOutcome[]
  support: SupportInfo
  startedAt: number
  finishedAt: number
  newId: IdGenerator.NewId
}

export function collectRun(modules: readonly TestModule[], startedAt: number, finishedAt = Date.now()): RunModel {
  const newId = IdGenerator.incrementing()
  const supports: SupportInfo[] = []
  const features: FeatureOutcome[] = []
  const units = modules.flatMap(featureUnits).sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0))
  for (const unit of units) {
    if (unit.meta?.support) supports.push(unit.meta.support)
    const source = readFeatureSource(unit.path, unit.uri, unit.meta?.language ?? 'en', newId, unit.meta?.dialect)
    if (source?.feature) features.push({ source, scenarios: outcomes(unit.suite, source, startedAt) })
  }
  // Merged shard reports ran before the merge started: the run began with its first scenario.
  const first = features.flatMap((f) => f.scenarios).reduce((min, s) => Math.min(min, s.startedAt), startedAt)
  return { features, support: mergeSupport(supports), startedAt: first, finishedAt, newId }
}

function outcomes(suite: TestSuite, source: FeatureSource, runStartedAt: number): ScenarioOutcome[] {
  const byPath = scenariosBySuitePath(source.feature!)
  const tests = new Map<ScenarioData, TestCase>()
  for (const test of suite.children.allTests()) {
    const scenario = byPath.get(suitePath(test))
    if (scenario) tests.set(scenario, test)
  }
  const byLine = new Map<number, ScenarioData>()
  for (const scenario of byPath.values()) byLine.set(scenario.line, scenario)
  const result: ScenarioOutcome[] = []
  for (const pickle of source.pickles) {
    const scenario = byLine.get(pickle.location?.line ?? -1)
    const test = scenario && tests.get(scenario)
    if (scenario && test) result.push(outcome(pickle, scenario, test, runStartedAt))
  }
  return result
}

/** The names between the feature's describe and the test: the Rule's, if any, then the title. */
function suitePath(test: TestCase): string {
  const names = [test.name]
  let parent: TestSuite | TestModule = test.parent
  while (parent.type === 'suite') {
    names.unshift(parent.name)
    parent = parent.parent
  }
  return names.slice(1).join('\u0000')
}

function outcome(pickle: Pickle, scenario: ScenarioData, test: TestCase, runStartedAt: number): ScenarioOutcome {
  const vitest = test.result()
  const state: ScenarioState = vitest.state === 'passed' || vitest.state === 'failed' ? vitest.state : 'skipped'
  const diagnostic = test.diagnostic()
  const result = test.meta().brine
  const outcome: ScenarioOutcome = {
    pickle,
    scenario,
    state,
    startedAt: result?.startedAt ?? diagnostic?.startTime ?? runStartedAt,
    duration: diagnostic?.duration ?? 0,
  }
  if (result) outcome.result = result
  const error = vitest.errors?.[0]
  if (error) outcome.error = { message: error.message, ...(error.stack ? { stack: error.stack } : {}) }
  return outcome
}
