import { readdirSync } from 'node:fs'
import type { CheckReport } from '../../src/check/check-report.ts'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'
import { runVitest, type RunResult } from '../support/fixture-project.ts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { brine, checkFixture, type CliRun } from './check-io.ts'

// One project with every outcome: matched (Background, outline rows, a Rule), undefined,
// ambiguous, unused, custom parameter types, and step bodies and hooks that write files if called.
const project = checkFixture('shop')
let json: CliRun
beforeAll(async () => {
  json = await brine(project, 'check', '--format', 'json')
}, 30_000)
afterAll(() => project.remove())

const definition = (pattern: string, line: number, origin: string | null = null) => ({
  pattern,
  uri: 'steps/cart.steps.ts',
  line,
  origin,
})

describe('brine check --format json', () => {
  test('prints one object with an entry per step of every pickle, in file order', () => {
    const report = JSON.parse(json.stdout) as { steps: { line: number; scenarioLine: number; status: string }[] }
    expect(Object.keys(report)).toEqual(['steps', 'unused', 'unparsed'])
    // Background line 4 opens each of the four pickles; the outline runs once per Examples row.
    expect(report.steps.map((s) => [s.scenarioLine, s.line, s.status])).toEqual([
      [6, 4, 'matched'],
      [6, 7, 'matched'],
      [6, 8, 'matched'],
      [10, 4, 'matched'],
      [10, 11, 'matched'],
      [10, 12, 'matched'],
      [10, 13, 'matched'],
      [10, 4, 'matched'],
      [10, 11, 'matched'],
      [10, 12, 'matched'],
      [10, 13, 'matched'],
      [22, 4, 'matched'],
      [22, 23, 'ambiguous'],
      [22, 24, 'undefined'],
    ])
  })

  test('a matched step names its definition and its converted arguments', () => {
    const report = JSON.parse(json.stdout) as { steps: unknown[] }
    expect(report.steps[1]).toEqual({
      uri: 'features/cart.feature',
      line: 7,
      scenarioLine: 6,
      keyword: 'When ',
      text: 'I add 2 "Tea" to the cart',
      status: 'matched',
      definition: definition('I add {int} {string} to the cart', 9),
      arguments: [2, 'Tea'],
    })
  })

  test('docs/check.md shows this report, cut to one step', async () => {
    const report = JSON.parse(json.stdout) as CheckReport
    const shown = { steps: [report.steps[1]], unused: report.unused, unparsed: report.unparsed }
    await expect(`${JSON.stringify(shown, null, 2)}\n`).toMatchFileSnapshot('../../docs/examples/output/check.json')
  })

  test('custom parameter types convert, unless the transformer needs the World', () => {
    const report = JSON.parse(json.stdout) as { steps: { text: string; arguments: unknown[] }[] }
    const args = (text: string) => report.steps.find((s) => s.text === text)?.arguments
    expect(args('I add a red mug')).toEqual(['RED'])
    expect(args('I pick the blue one')).toEqual(['BLUE'])
    expect(args('the total is 4')).toEqual([{ unconverted: 'the transformer needs the World', text: '4' }])
  })

  test('an ambiguous step lists every candidate; an undefined one gets a snippet', () => {
    const report = JSON.parse(json.stdout) as { steps: Record<string, unknown>[] }
    expect(report.steps[12]).toMatchObject({
      text: 'I pay 10 euros',
      definition: null,
      arguments: [],
      candidates: [
        definition('I pay {int} euros', 18, 'features/steps/pay.py:3'),
        definition('/^I pay (\\d+) euros?$/', 19),
      ],
    })
    expect(report.steps[13]).toMatchObject({ text: 'a receipt is printed', definition: null })
    expect(report.steps[13]!.snippet).toBe(
      "Then('a receipt is printed', async (world, docString) => {\n" +
        '  // Write code here that turns the phrase above into concrete actions\n' +
        "  return 'pending'\n" +
        '})',
    )
  })

  test('lists the definitions no step uses, and exits 1', () => {
    const report = JSON.parse(json.stdout) as { unused: unknown[] }
    expect(report.unused).toEqual([{ pattern: 'a coupon is printed', uri: 'steps/cart.steps.ts', line: 20 }])
    expect(json.code).toBe(1)
    expect(json.stderr).toBe('')
  })

  test('calls no step function and no hook', () => {
    expect(ranFiles()).toEqual([])
  })
})

describe('brine check (text)', () => {
  test('groups each problem with where it occurs, lists unused definitions with --unused, ends with counts', async () => {
    const { code, stdout } = await brine(project, 'check', '--unused')
    expect(code).toBe(1)
    expect(stdout).toBe(
      [
        'Ambiguous: When I pay 10 euros',
        '  features/cart.feature:23',
        '  It matches:',
        '    I pay {int} euros       steps/cart.steps.ts:18',
        '    /^I pay (\\d+) euros?$/  steps/cart.steps.ts:19',
        '',
        'Undefined: Then a receipt is printed',
        '  features/cart.feature:24',
        '  Implement it with:',
        "    Then('a receipt is printed', async (world, docString) => {",
        '      // Write code here that turns the phrase above into concrete actions',
        "      return 'pending'",
        '    })',
        '',
        'Unused definitions (1):',
        '  a coupon is printed  steps/cart.steps.ts:20',
        '',
        '1 feature, 14 steps: 12 matched, 1 undefined, 1 ambiguous, 1 unused definition',
        '',
      ].join('\n'),
    )
    await expect(stdout).toMatchFileSnapshot('../../docs/examples/output/check.txt')
  }, 30_000)
})

describe('brine steps', () => {
  test('lists each definition with the steps using it; unused ones are marked', async () => {
    const { code, stdout } = await brine(project, 'steps')
    expect(code).toBe(0)
    // The Background step is one place in the file, listed once although four pickles run it.
    expect(stdout).toContain(
      'an empty cart  # steps/cart.steps.ts:8  (1 use)\n  Given an empty cart  # features/cart.feature:4\n',
    )
    // Outline rows are listed by their text: the same text on the same line is one use.
    expect(stdout).toContain('I add a {colour} mug  # steps/cart.steps.ts:15  (1 use)\n  When I add a red mug  #')
    expect(stdout).toContain(
      'I pick the {colour} one  # steps/cart.steps.ts:16  (2 uses)\n' +
        '  And I pick the red one   # features/cart.feature:12\n' +
        '  And I pick the blue one  # features/cart.feature:12\n',
    )
    expect(stdout).toContain('a coupon is printed  # steps/cart.steps.ts:20  (UNUSED)\n')
    expect(stdout).toContain('  When I pay 10 euros  (ambiguous)  # features/cart.feature:23\n')
    expect(stdout.trimEnd().split('\n').at(-1)).toBe('9 step definitions, 1 unused')
  }, 30_000)

  test('--format json gives the catalog as data', async () => {
    const { code, stdout } = await brine(project, 'steps', '--format', 'json')
    expect(code).toBe(0)
    const { definitions } = JSON.parse(stdout) as { definitions: { pattern: string; uses: unknown[] }[] }
    expect(definitions.map((d) => [d.pattern, d.uses.length])).toEqual([
      ['an empty cart', 4],
      ['I add {int} {string} to the cart', 1],
      ['the cart holds {int} items', 1],
      ['I add a {colour} mug', 2],
      ['I pick the {colour} one', 2],
      ['the total is {price}', 2],
      ['I pay {int} euros', 1],
      ['/^I pay (\\d+) euros?$/', 1],
      ['a coupon is printed', 0],
    ])
    expect(definitions[1]!.uses).toEqual([
      { uri: 'features/cart.feature', line: 7, keyword: 'When ', text: 'I add 2 "Tea" to the cart' },
    ])
  }, 30_000)
})

describe('a real run of the same project', () => {
  let run: RunResult
  beforeAll(async () => {
    run = await runVitest(project)
  }, 30_000)

  test('does call the steps and hooks, so the check above would have seen them', () => {
    expect(ranFiles()).toEqual(expect.arrayContaining(['ran-add.txt', 'ran-before-all.txt', 'ran-before.txt']))
  })

  test('agrees with the check on every step it ran: status, definition and arguments', () => {
    const checked = (JSON.parse(json.stdout) as CheckReport).steps
    let compared = 0
    for (const file of run.json!.testResults) {
      for (const scenario of file.assertionResults) {
        for (const step of (scenario.meta!.brine as ScenarioResult).steps) {
          if (step.status === 'skipped') continue
          // The same text on the same line always matches the same way, so any such entry will do.
          const check = checked.find((c) => c.line === step.line && c.text === step.text)!
          expect(check.status).toBe(step.status === 'passed' ? 'matched' : step.status)
          if (check.status === 'matched') expect(step.definition).toMatchObject(check.definition!)
          // Arguments the check left unconverted (objects here) need the scenario's World.
          if (check.arguments.every((a) => typeof a !== 'object')) expect(check.arguments).toEqual(step.arguments ?? [])
          compared++
        }
      }
    }
    // Every pickle ran to its end, or (Pay) up to its ambiguous step.
    expect(compared).toBe(13)
  })
})

function ranFiles(): string[] {
  return readdirSync(project.dir).filter((f) => f.startsWith('ran-'))
}
