// A behave-style suite run by a real Vitest: environment hooks, the layered context, tables, doc
// strings, executeSteps, cleanups and fixtures, step types, matchers, behave 1.2 vs 1.3 matching,
// and hand-written Cucumber steps in the same suite. One run, many assertions.
import { readFileSync, readdirSync } from 'node:fs'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { runCheck } from '../../src/check/run-check.ts'
import { byTitle, fixtureProject, runVitest, type JsonAssertion, type RunResult } from '../support/fixture-project.ts'

const here = new URL('./fixture/', import.meta.url)
const files = Object.fromEntries(
  readdirSync(here).map((name) => [
    name.endsWith('.feature') ? `features/${name}` : `steps/${name}`,
    readFileSync(new URL(name, here), 'utf8'),
  ]),
)
const project = fixtureProject(files, "{ worldParameters: { userdata: { fromPlugin: 'yes', env: 'plugin' } } }")
let run: RunResult
let tests: Map<string, JsonAssertion>

beforeAll(async () => {
  run = await runVitest(project, [], { BRINE_USERDATA: 'env=ci,retries=3' })
  tests = byTitle(run.json)
}, 60_000)
afterAll(() => project.remove())

interface StepMeta {
  text: string
  status: string
  error?: { message: string }
  definition?: { origin: string | null; pattern: string }
  arguments?: unknown[]
}
const steps = (title: string) => (tests.get(title)?.meta?.brine as { steps: StepMeta[] } | undefined)?.steps ?? []
const status = (title: string) => tests.get(title)?.status

test('scenarios written against behave semantics pass', () => {
  const passing = [
    'Add apples',
    'What a scenario set is gone after it',
    "Tables and doc strings, with behave 1.2's trailing colon",
    'Keywords choose the definition',
    'behave 1.2 ignores case',
    'Steps run from a step',
    'Cleanups and fixtures',
    'The first registered match wins',
    'Regular expression steps',
    'Cucumber steps next to behave ones',
    'User data',
    'Rule one',
    'Rule two',
    'Rule three',
  ]
  const failures = passing
    .filter((t) => status(t) !== 'passed')
    .map((t) => `${t}: ${status(t)} ${tests.get(t)?.failureMessages.join('\n')}`)
  expect(failures, run.stdout + run.stderr).toEqual([])
})

test('a definition records its origin and behave-style arguments', () => {
  const given = steps('Add apples').find((s) => s.text === 'I have 3 apples')!
  expect(given.definition).toMatchObject({ origin: 'features/steps/cart_steps.py:14', pattern: 'I have {n:d} apples' })
  expect(given.arguments).toEqual([[{ name: 'n', value: 3, original: '3' }]])
})

test("behave 1.2 keeps the trailing ':' of a step without a table or doc string", () => {
  const step = steps('A trailing colon without a table stays in behave 1.2')[1]!
  expect(step.status).toBe('undefined')
})

test('behave 1.3 definitions match case-sensitively', () => {
  expect(status('A 1.3 definition does not')).toBe('failed')
  expect(steps('A 1.3 definition does not')[1]!.status).toBe('undefined')
})

test('a sub-step that is undefined fails the calling step like behave', () => {
  const step = steps('A failing sub-step')[1]!
  expect(step.status).toBe('failed')
  expect(step.error!.message).toContain('UNDEFINED SUB-STEP: And no such step exists')
})

test('a step that a behave and a Cucumber definition both match is ambiguous', () => {
  const step = steps('A step both kinds match is ambiguous')[1]!
  expect(step.status).toBe('ambiguous')
  expect(step.error!.message).toContain('matches 2 definitions')
})

test('a failed type conversion binds the step and fails it', () => {
  const step = steps('A failed conversion fails the step')[1]!
  expect(step.status).toBe('failed')
  expect(step.error!.message).toContain('month must be in 1..12')
})

test('scenario.skip() in before_scenario skips the scenario', () => {
  expect(status('Skipped in before_scenario')).toMatch(/skipped|pending/)
})

test('hooks, tag hooks, fixtures and cleanups run in behave order, each layer cleaned at its end', () => {
  const events = project.read('events.log').trim().split('\n')
  const expected = [
    'before_all',
    'before_tag shop',
    'before_tag fixture.feature',
    'fixture setup feature resource',
    'before_feature Shop [shop fixture.feature]',
    'before_tag fruit',
    'after_scenario Add apples leak=leaked',
    'after_tag fruit',
    'after_scenario What a scenario set is gone after it leak=undefined',
  ]
  expect(events.slice(0, expected.length)).toEqual(expected)
  expect(events.filter((e) => e.startsWith('before_step'))).toEqual([
    'before_step given',
    'before_step when',
    'before_step when',
    'before_step given',
  ])
  expect(events).toContain('after_step failed')
  const cleanup = events.indexOf('before_tag fixture.scenario')
  expect(events.slice(cleanup, cleanup + 6)).toEqual([
    'before_tag fixture.scenario',
    'fixture setup scenario resource',
    'after_scenario Cleanups and fixtures leak=undefined',
    'after_tag fixture.scenario',
    'scenario cleanup',
    'fixture cleanup scenario resource',
  ])
  expect(events.slice(-18)).toEqual([
    'after_scenario A failed conversion fails the step leak=undefined',
    'before_tag ruletag',
    'before_rule First rule [ruletag]',
    'after_scenario Rule one leak=undefined',
    'after_scenario Rule two leak=undefined',
    'after_rule First rule value=from before_rule',
    'after_tag ruletag',
    'rule cleanup First rule',
    'before_rule Second rule []',
    'after_scenario Rule three leak=undefined',
    'after_rule Second rule value=undefined',
    'rule cleanup Second rule',
    'after_feature Shop resource=feature resource',
    'after_tag shop',
    'after_tag fixture.feature',
    'fixture cleanup feature resource',
    'after_all',
    'testrun cleanup',
  ])
})

test('brine check binds steps as the run does and shows origins and behave arguments', async () => {
  const { report } = await runCheck({ root: project.dir })
  const find = (text: string, keyword = 'Given ') => report.steps.find((s) => s.text === text && s.keyword === keyword)!
  const apples = find('I have 3 apples')
  expect(apples.status).toBe('matched')
  expect(apples.definition).toMatchObject({ origin: 'features/steps/cart_steps.py:14' })
  expect(apples.arguments).toEqual([[{ name: 'n', value: 3, original: '3' }]])
  expect(find('I HAVE 4 APPLES').status).toBe('matched')
  expect(find('these items:').status).toBe('matched')
  expect(find('STRICT match').status).toBe('undefined')
  expect(find('a shared step').status).toBe('ambiguous')
  expect(find('a step matched twice', 'When ').definition).toMatchObject({ pattern: 'a step matched twice' })
  expect(find('a step matched twice').definition).toMatchObject({ pattern: 'a {what} matched twice' })
}, 60_000)
