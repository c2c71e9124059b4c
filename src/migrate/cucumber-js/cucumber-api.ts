// What each export of @cucumber/cucumber becomes in brine.

export type ApiRole =
  'step' | 'scenario-hook' | 'run-hook' | 'same' | 'timeout' | 'world-proxy' | 'status' | 'unsupported'

/** Exports brine has under the same name and meaning. */
const same = ['defineParameterType', 'setWorldConstructor', 'World', 'DataTable']
const steps = ['Given', 'When', 'Then', 'defineStep']
const scenarioHooks = ['Before', 'After', 'BeforeStep', 'AfterStep']
const runHooks = ['BeforeAll', 'AfterAll']

/** brine's name for an export, when it differs (`defineStep` is brine's `Step`). */
export const renamed: Record<string, string> = {
  defineStep: 'Step',
  IWorld: 'World',
  IWorldOptions: 'WorldOptions',
}

export function roleOf(name: string): ApiRole {
  if (steps.includes(name)) return 'step'
  if (scenarioHooks.includes(name)) return 'scenario-hook'
  if (runHooks.includes(name)) return 'run-hook'
  if (same.includes(name) || name in renamed) return 'same'
  if (name === 'setDefaultTimeout') return 'timeout'
  if (name === 'world') return 'world-proxy'
  if (name === 'Status') return 'status'
  return 'unsupported'
}

/** Cucumber's Status.X values as brine's step statuses. */
export const statusValues: Record<string, string> = {
  PASSED: 'passed',
  FAILED: 'failed',
  SKIPPED: 'skipped',
  PENDING: 'pending',
  UNDEFINED: 'undefined',
  AMBIGUOUS: 'ambiguous',
}
