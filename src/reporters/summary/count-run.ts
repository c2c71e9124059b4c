// Counts a run the way behave's summary does: features, scenarios and steps by status, the
// scenarios that did not pass, the undefined steps' snippets once each, and the time steps took.
import type { StepStatus } from '../../types/scenario-result.js'
import { snippets as snippetsFor } from '../messages/snippets.js'
import type { RunModel, ScenarioOutcome } from '../model/collect-run.js'
import { plannedStatus } from '../model/planned-status.js'
import { stepOutcomes } from '../model/step-outcomes.js'

export type Counts = Record<string, number>

export interface RunCounts {
  features: Counts
  scenarios: Counts
  steps: Counts
  failing: { location: string; name: string }[]
  snippets: string[]
  /** Milliseconds spent in steps and hooks, summed over all scenarios. */
  duration: number
}

export function countRun(run: RunModel): RunCounts {
  const counts: RunCounts = {
    features: { passed: 0, failed: 0, skipped: 0 },
    scenarios: { passed: 0, failed: 0, skipped: 0 },
    steps: { passed: 0, failed: 0, skipped: 0, undefined: 0 },
    failing: [],
    snippets: [],
    duration: 0,
  }
  const snippets = new Set<string>()
  for (const { source, scenarios } of run.features) {
    const statuses = scenarios.map(scenarioStatus)
    add(counts.features, featureStatus(statuses))
    scenarios.forEach((scenario, i) => {
      const status = statuses[i]!
      add(counts.scenarios, status)
      if (isFailing(scenario)) {
        counts.failing.push({ location: `${source.uri}:${scenario.scenario.line}`, name: scenario.pickle.name })
      }
      for (const step of stepStatuses(scenario)) add(counts.steps, step)
      const result = scenario.result
      result?.steps.forEach((step, i) => {
        if (step.snippet) snippets.add(step.snippet)
        else if (plannedStatus(step, result) === 'undefined') {
          // Never ran, so the worker wrote no snippet: the first one Cucumber would suggest.
          snippets.add(snippetsFor(scenario.pickle.steps[i]!, run.support.parameterTypes)[0]!)
        }
      })
      for (const timed of [...(scenario.result?.steps ?? []), ...(scenario.result?.hooks ?? [])]) {
        counts.duration += timed.duration
      }
    })
  }
  counts.snippets = [...snippets]
  return counts
}

/** Whether the summary lists the scenario among the failing ones: failed, or pending. */
export function isFailing(outcome: ScenarioOutcome): boolean {
  const status = scenarioStatus(outcome)
  return status === 'failed' || status === 'pending'
}

/** behave's three scenario outcomes, plus pending: Cucumber never counts it as passed. */
function scenarioStatus(outcome: ScenarioOutcome): string {
  const status = outcome.result?.status
  if (outcome.state === 'failed' || status === 'failed' || status === 'undefined' || status === 'ambiguous') {
    return 'failed'
  }
  if (status === 'pending') return 'pending'
  return outcome.state === 'passed' ? 'passed' : 'skipped'
}

function featureStatus(scenarios: string[]): string {
  if (scenarios.some((s) => s === 'failed' || s === 'pending')) return 'failed'
  return scenarios.length > 0 && scenarios.every((s) => s === 'skipped') ? 'skipped' : 'passed'
}

function stepStatuses(outcome: ScenarioOutcome): StepStatus[] {
  return stepOutcomes(outcome, outcome.result, true).map((s) => s.status)
}

function add(counts: Counts, status: string): void {
  counts[status] = (counts[status] ?? 0) + 1
}
