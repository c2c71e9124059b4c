// Each scenario's outcome, read the same way from cucumber-js's Cucumber Messages and from brine's:
// the final attempt's worst step status, as Cucumber counts it, and the step or hook where it
// stopped. Scenarios are keyed by `uri:line`, the Scenario's line or the Examples row's.
import type { Envelope } from '@cucumber/messages'

export interface ScenarioOutcome {
  uri: string
  line: number
  name: string
  /** passed, failed, pending, undefined, ambiguous or skipped. */
  status: string
  /** Where a scenario that did not pass stopped: `When I pay (line 12)`, `Before hook`, `After hook`. */
  at?: string
}

/** Cucumber's order of statuses, from best to worst. */
const ORDER = ['UNKNOWN', 'PASSED', 'SKIPPED', 'PENDING', 'UNDEFINED', 'AMBIGUOUS', 'FAILED']

interface StepNode {
  line: number
  keyword: string
}

export function outcomesFromMessages(envelopes: readonly Envelope[]): Map<string, ScenarioOutcome> {
  const lines = new Map<string, number>()
  const steps = new Map<string, StepNode>()
  const pickles = new Map<string, NonNullable<Envelope['pickle']>>()
  const testCases = new Map<string, NonNullable<Envelope['testCase']>>()
  const started = new Map<string, string>()
  const results = new Map<string, Map<string, string>>()
  const finals: string[] = []
  for (const envelope of envelopes) {
    if (envelope.gherkinDocument) indexDocument(envelope.gherkinDocument, lines, steps)
    else if (envelope.pickle) pickles.set(envelope.pickle.id, envelope.pickle)
    else if (envelope.testCase) testCases.set(envelope.testCase.id, envelope.testCase)
    else if (envelope.testCaseStarted) started.set(envelope.testCaseStarted.id, envelope.testCaseStarted.testCaseId)
    else if (envelope.testStepFinished) {
      const { testCaseStartedId, testStepId, testStepResult } = envelope.testStepFinished
      if (!results.has(testCaseStartedId)) results.set(testCaseStartedId, new Map())
      results.get(testCaseStartedId)!.set(testStepId, testStepResult.status)
    } else if (envelope.testCaseFinished && !envelope.testCaseFinished.willBeRetried) {
      finals.push(envelope.testCaseFinished.testCaseStartedId)
    }
  }
  const outcomes = new Map<string, ScenarioOutcome>()
  for (const startedId of finals) {
    const testCase = testCases.get(started.get(startedId) ?? '')
    const pickle = testCase && pickles.get(testCase.pickleId)
    if (!testCase || !pickle) continue
    const statuses = results.get(startedId) ?? new Map<string, string>()
    const worst = [...statuses.values()].reduce((a, b) => (ORDER.indexOf(b) > ORDER.indexOf(a) ? b : a), 'PASSED')
    const line = lines.get(pickle.astNodeIds[1] ?? pickle.astNodeIds[0]!) ?? 0
    const outcome: ScenarioOutcome = { uri: pickle.uri, line, name: pickle.name, status: worst.toLowerCase() }
    if (worst !== 'PASSED') {
      const firstStep = testCase.testSteps.findIndex((s) => s.pickleStepId)
      testCase.testSteps.some((testStep, index) => {
        if (statuses.get(testStep.id) !== worst) return false
        const pickleStep = pickle.steps.find((s) => s.id === testStep.pickleStepId)
        const node = pickleStep && steps.get(pickleStep.astNodeIds[0]!)
        if (pickleStep && node) outcome.at = `${node.keyword.trim()} ${pickleStep.text} (line ${node.line})`
        else outcome.at = firstStep < 0 || index < firstStep ? 'Before hook' : 'After hook'
        return true
      })
    }
    outcomes.set(`${outcome.uri}:${outcome.line}`, outcome)
  }
  return outcomes
}

function indexDocument(
  document: NonNullable<Envelope['gherkinDocument']>,
  lines: Map<string, number>,
  steps: Map<string, StepNode>,
): void {
  const addSteps = (list: readonly { id: string; keyword: string; location: { line: number } }[]) => {
    for (const step of list) steps.set(step.id, { line: step.location.line, keyword: step.keyword })
  }
  const children = document.feature?.children ?? []
  for (const child of [...children, ...children.flatMap((c) => c.rule?.children ?? [])]) {
    if (child.background) addSteps(child.background.steps)
    const scenario = child.scenario
    if (!scenario) continue
    lines.set(scenario.id, scenario.location.line)
    addSteps(scenario.steps)
    for (const examples of scenario.examples) {
      for (const row of examples.tableBody) lines.set(row.id, row.location.line)
    }
  }
}
