// Failures that happen outside a step still show in the reports: a BeforeFeature hook that
// throws, a BeforeStep hook that throws, and a scenario that passes only when retried.
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Envelope } from '@cucumber/messages'
import MessagesReporter from '../../src/reporters/messages.ts'
import SummaryReporter from '../../src/reporters/summary.ts'
import { parseNdjson } from '../cck/normalise.ts'
import { fixtureProject, runVitest } from '../support/fixture-project.ts'
import { mergeReports } from './merge-reports.ts'

const project = fixtureProject({
  'features/blocked.feature': `@broken
Feature: Blocked
  Scenario: Never gets going
    Given a step
`,
  'features/hooks.feature': `Feature: Hooks
  @guarded
  Scenario: Guarded step
    Given a step

  @retries:1
  Scenario: Flaky
    Given a flaky step
`,
  'steps/steps.ts': `import { BeforeFeature, BeforeStep, Given } from 'brine'
BeforeFeature({ tags: '@broken' }, () => {
  throw new Error('no database')
})
BeforeStep({ tags: '@guarded' }, () => {
  throw new Error('guard says no')
})
Given('a step', () => {})
let calls = 0
Given('a flaky step', () => {
  calls++
  if (calls === 1) throw new Error('first time fails')
})
`,
})

let envelopes: Envelope[]
beforeAll(async () => {
  await runVitest(project, ['--reporter=blob'])
  await mergeReports(project, [
    new MessagesReporter({ outputFile: 'merged/messages.ndjson' }),
    new SummaryReporter({ outputFile: 'merged/summary.txt' }),
  ])
  envelopes = parseNdjson(project.read('merged/messages.ndjson'))
}, 60_000)
afterAll(() => project.remove())

function resultsOf(name: string) {
  const pickle = envelopes.find((e) => e.pickle?.name === name)!.pickle!
  const testCase = envelopes.find((e) => e.testCase?.pickleId === pickle.id)!.testCase!
  const started = envelopes
    .filter((e) => e.testCaseStarted?.testCaseId === testCase.id)
    .map((e) => e.testCaseStarted!.id)
  return started.map((id) =>
    envelopes
      .filter((e) => e.testStepFinished?.testCaseStartedId === id)
      .map((e) => e.testStepFinished!.testStepResult),
  )
}

test("a failed BeforeFeature hook shows as the failure of the scenario's first step", () => {
  const [attempt] = resultsOf('Never gets going')
  expect(attempt).toEqual([
    expect.objectContaining({ status: 'FAILED', message: expect.stringContaining('no database') }),
  ])
})

test('a failed BeforeStep hook fails the step it ran before', () => {
  const [attempt] = resultsOf('Guarded step')
  expect(attempt).toEqual([
    expect.objectContaining({ status: 'FAILED', message: expect.stringContaining('guard says no') }),
  ])
})

test('a retried scenario reports both attempts, the first to be retried', () => {
  const attempts = resultsOf('Flaky')
  expect(attempts.map((a) => a.map((r) => r.status))).toEqual([['FAILED'], ['PASSED']])
  expect(envelopes.filter((e) => e.testCaseFinished).map((e) => e.testCaseFinished!.willBeRetried)).toContain(true)
})

test('the summary counts the blocked and guarded scenarios as failed, the retried one as passed', () => {
  expect(project.read('merged/summary.txt')).toContain('1 scenario passed, 2 failed, 0 skipped')
})
