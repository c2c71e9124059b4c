// What each step of a scenario's attempt reports, the same in every report: the worker's status,
// as Cucumber plans it for steps that never ran, failed by a BeforeStep/AfterStep hook that
// failed around it, or failed with Vitest's error when the scenario failed outside any step.
import type { ErrorResult, ScenarioResult, StepStatus } from '../../types/scenario-result.js'
import type { ScenarioOutcome } from './collect-run.js'
import { plannedStatus } from './planned-status.js'

export interface StepOutcome {
  status: StepStatus
  duration: number
  error?: ErrorResult
}

/** One outcome per pickle step; `last` is whether this is the attempt Vitest's verdict is about. */
export function stepOutcomes(
  outcome: ScenarioOutcome,
  attempt: ScenarioResult | undefined,
  last: boolean,
): StepOutcome[] {
  const results: StepOutcome[] = outcome.pickle.steps.map((_, i) => {
    if (!attempt) return { status: 'skipped', duration: 0 }
    const step = attempt.steps[i]!
    const hookFailure = attempt.hooks.find((h) => h.step === i && h.status === 'failed')
    // A failed BeforeStep hook stops its step (skipped); a failed AfterStep hook follows a passed one.
    if (hookFailure && (step.status === 'passed' || step.status === 'skipped')) {
      return { ...step, status: 'failed', error: hookFailure.error! }
    }
    return { ...step, status: plannedStatus(step, attempt) }
  })
  // A failed BeforeAll or BeforeFeature hook, or an error escaping the scenario's code: no step or
  // hook shows the failure, so the first step carries Vitest's error.
  const failed = attempt ? attempt.status === 'failed' : outcome.state === 'failed'
  const shown = [...results, ...(attempt?.hooks ?? [])].some((r) => r.status !== 'passed' && r.status !== 'skipped')
  if (last && failed && !shown && outcome.error && results[0]) {
    results[0] = { status: 'failed', duration: results[0].duration, error: outcome.error }
  }
  return results
}
