// Failures that happen outside a step still show in the reports: a BeforeFeature hook that
// throws, a BeforeStep hook that throws, and a scenario that passes only when retried.
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { Envelope } from '@cucumber/messages'
import CucumberJsonReporter from '../../src/reporters/cucumber-json.ts'
import HtmlReporter from '../../src/reporters/html.ts'
import MessagesReporter from '../../src/reporters/messages.ts'
import RerunReporter from '../../src/reporters/rerun.ts'
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

  Scenario: Stops early
    Given a failing step
    And a step nobody wrote
`,
  'steps/steps.ts': `import { BeforeFeature, BeforeStep, Given } from 'brine'
BeforeFeature({ tags: '@broken' }, () => {
  throw new Error('no database')
})
BeforeStep({ tags: '@guarded' }, () => {
  throw new Error('guard says no')
})
Given('a step', () => {})
Given('a failing step', () => {
  throw new Error('fails')
})
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
    // Without options, each writes its default file.
    new RerunReporter(),
    new CucumberJsonReporter(),
    new HtmlReporter(),
  ])
  envelopes = parseNdjson(project.read('merged/messages.ndjson'))
}, 180_000)
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

test('a step that never ran but has no definition is undefined, with a snippet in the summary', () => {
  const [attempt] = resultsOf('Stops early')
  expect(attempt!.map((r) => r.status)).toEqual(['FAILED', 'UNDEFINED'])
  const summary = project.read('merged/summary.txt')
  expect(summary).toContain('1 scenario passed, 3 failed, 0 skipped')
  // The blocked scenario's step carries its hook's error; the guarded step fails with its BeforeStep hook.
  expect(summary).toContain('1 step passed, 3 failed, 0 skipped, 1 undefined')
  expect(summary).toContain("Given('a step nobody wrote', async (world) => {")
})

test('without options the reporters write their default files', () => {
  expect(project.read('reports/rerun.txt')).toBe(
    'features/blocked.feature:3\nfeatures/hooks.feature:3\nfeatures/hooks.feature:10\n',
  )
  expect(JSON.parse(project.read('reports/cucumber.json'))).toHaveLength(2)
  expect(project.read('reports/cucumber.html')).toContain('<html')
})
