// Cucumber knows before running whether a step is undefined or ambiguous, so it reports such a
// step that never ran (a step before it failed) as undefined or ambiguous rather than skipped;
// unless a step skipped the scenario on purpose, which skips everything after it.
import type { ScenarioResult, StepResult, StepStatus } from '../../types/scenario-result.js'

export function plannedStatus(step: StepResult, scenario: ScenarioResult): StepStatus {
  if (step.status !== 'skipped' || !step.matches || scenario.status === 'skipped') return step.status
  if (step.matches.length === 0) return 'undefined'
  if (step.matches.length > 1) return 'ambiguous'
  return 'skipped'
}
