// brine({ dialect: 'behave' }) end to end: Vitest runs a feature only behave's parser accepts
// (''' doc strings, keywords in any case, `*` steps, one ':' dropped before a table), with behave's
// outline names, @wip and @skip running as in behave; the reporters and `brine check` read it alike.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { brine } from '../check/check-io.ts'
import { byTitle, fixtureProject, repoRoot, runVitest, type RunResult } from '../support/fixture-project.ts'

const feature = `Feature: behave's dialect
  @wip
  Scenario: notes
    given a note:
      '''
      He said """hi"""
      '''
    THEN the note says He said """hi"""
    * a list:
      | item |
      | tea  |
    and the list has 1 items
    But a ratio::
      | a | b |

  @skip
  Scenario Outline: cups of <drink>
    Given a cup of <drink>
    Examples: hot
      | drink  |
      | tea    |
      | coffee |
`

const steps = `import { given, when, Then, setBehaveVersion } from 'brine/behave'
setBehaveVersion('1.2')
given('a note', (context) => { context.note = context.text })
Then('the note says {text}', (context, args) => { if (context.note !== args.text) throw new Error(context.note) })
given('a list', (context) => { context.items = context.table.rows.map((row) => row.get('item')) })
given('the list has {n:d} items', (context, args) => { if (context.items.length !== args.n) throw new Error('count') })
given('a cup of {drink}', () => {})
// behave drops only one of the two colons.
given('a ratio:', () => {})
`

const project = fixtureProject(
  { 'features/dialect.feature': feature, 'steps/dialect.steps.ts': steps },
  "{ dialect: 'behave' }",
)
let run: RunResult
beforeAll(async () => {
  run = await runVitest(project, [`--reporter=${join(repoRoot, 'src/reporters/cucumber-json.ts')}`])
}, 60_000)
afterAll(() => project.remove())

describe("brine({ dialect: 'behave' })", () => {
  test('runs every scenario behave runs, @wip and @skip ones too, with behave’s outline names', () => {
    const tests = byTitle(run.json)
    expect([...tests.keys()].sort()).toEqual(['cups of coffee -- @1.2 hot', 'cups of tea -- @1.1 hot', 'notes'])
    expect([...tests.values()].map((t) => [t.status, t.failureMessages])).toEqual([
      ['passed', []],
      ['passed', []],
      ['passed', []],
    ])
    expect(run.exitCode).toBe(0)
  })

  test('the Cucumber JSON report reads the file with the same parser', () => {
    const report = JSON.parse(readFileSync(join(project.dir, 'reports/cucumber.json'), 'utf8')) as {
      elements: { name: string; steps: { keyword: string; name?: string; result: { status: string } }[] }[]
    }[]
    const notes = report[0]!.elements.find((e) => e.name === 'notes')!
    // behave's runtime adds a Before and an After hook around each scenario.
    const steps = notes.steps.filter((s) => s.name !== undefined)
    expect(steps.map((s) => [s.keyword.trim(), s.name, s.result.status])).toEqual([
      ['Given', 'a note', 'passed'],
      ['Then', 'the note says He said """hi"""', 'passed'],
      ['*', 'a list', 'passed'],
      ['And', 'the list has 1 items', 'passed'],
      ['But', 'a ratio:', 'passed'],
    ])
  })

  test('brine check binds every step the same way', async () => {
    const checked = await brine(project, 'check', '--format', 'json')
    const report = JSON.parse(checked.stdout) as { steps: { line: number; status: string }[] }
    expect(report.steps.map((s) => [s.line, s.status])).toEqual([
      [4, 'matched'],
      [8, 'matched'],
      [9, 'matched'],
      [12, 'matched'],
      [13, 'matched'],
      [18, 'matched'],
      [18, 'matched'],
    ])
    expect(checked.code).toBe(0)
  }, 60_000)
})
