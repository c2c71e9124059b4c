// --verify: behave's dry-run JSON and brine check's JSON reduced to the same bindings and compared,
// and a real run on the 105-definition library suite against Debian's behave.
import { execFileSync } from 'node:child_process'
import { cpSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { main } from '../../../src/cli/main.ts'
import { fromBehaveJson } from '../../../src/migrate/behave/verify/behave-dry-run.ts'
import { fromCheckReport } from '../../../src/migrate/behave/verify/brine-bindings.ts'
import { compareBindings, parityTable } from '../../../src/migrate/behave/verify/parity.ts'
import { behaveOutcomes } from '../../../src/migrate/behave/verify/behave-outcomes.ts'
import { brineOutcomes } from '../../../src/migrate/behave/verify/brine-outcomes.ts'
import { compareOutcomes, outcomeTable } from '../../../src/migrate/behave/verify/outcome-parity.ts'
import { verifyBehave } from '../../../src/migrate/behave/verify/verify.ts'
import type { CliIo } from '../../../src/cli-io.ts'
import type { StepStatus } from '../../../src/types/scenario-result.ts'
import { fixtureProject, repoRoot, runVitest } from '../../support/fixture-project.ts'
import { behaveProjectConfig } from './behave-project-config.ts'

const io = (): CliIo => ({ argv: [], cwd: '.', env: process.env, stdout: () => {}, stderr: () => {} })

const behaveJson = [
  {
    location: 'features/a.feature:1',
    elements: [
      { type: 'background', steps: [{ name: 'a cart', location: 'features/a.feature:3' }] },
      {
        type: 'scenario',
        steps: [
          {
            name: 'a cart',
            location: 'features/a.feature:3',
            match: { location: 'features/steps/s.py:4', arguments: [] },
          },
          {
            name: 'I add 2 "Tea"',
            location: 'features/a.feature:6',
            match: {
              location: 'features/steps/s.py:9',
              arguments: [{ name: 'n', value: 2, original: '2' }, { value: 'Tea' }],
            },
          },
          { name: 'nothing binds', location: 'features/a.feature:7' },
        ],
      },
    ],
  },
]

const checkJson = {
  steps: [
    {
      uri: 'features/a.feature',
      line: 3,
      text: 'a cart',
      status: 'matched' as const,
      definition: { pattern: 'a cart', uri: 'steps/s.ts', line: 3, origin: 'features/steps/s.py:4' },
      arguments: [[]],
    },
    {
      uri: 'features/a.feature',
      line: 6,
      text: 'I add 2 "Tea"',
      status: 'matched' as const,
      definition: { pattern: 'I add {n:d} "{}"', uri: 'steps/s.ts', line: 8, origin: 'features/steps/s.py:9' },
      arguments: [
        [
          { value: 'Tea', original: 'Tea' },
          { name: 'n', value: 2, original: '2' },
        ],
      ],
    },
    { uri: 'features/a.feature', line: 7, text: 'nothing binds', status: 'undefined' as const, definition: null },
  ],
}

describe('binding parity', () => {
  test('the same bindings on both sides are 100 %', () => {
    const behave = fromBehaveJson(behaveJson)
    expect(behave.map((b) => b.line)).toEqual([3, 6, 7])
    const parity = compareBindings(behave, fromCheckReport(checkJson))
    expect(parity).toEqual({ steps: 3, same: 3, differences: [] })
    expect(parityTable(parity)).toContain('parity          100 %')
  })

  test('another origin, other arguments, an ambiguity, a hand-written step or a missing step are differences', () => {
    const brine = fromCheckReport({
      steps: [
        { ...checkJson.steps[0]!, definition: { pattern: 'a cart', uri: 'steps/mine.ts', line: 2, origin: null } },
        { ...checkJson.steps[1]!, arguments: [[{ name: 'n', value: [1, 2], original: '3' }, { value: 'Tea' }]] },
        { ...checkJson.steps[2]!, status: 'ambiguous' },
        {
          uri: 'features/a.feature',
          line: 9,
          text: 'extra',
          status: 'matched',
          definition: { pattern: 'x', uri: 'steps/x.ts', line: 1, origin: 'x.py:1' },
          arguments: [1, 'a'],
        },
      ],
    })
    const parity = compareBindings(fromBehaveJson(behaveJson), brine)
    expect(parity.same).toBe(0)
    expect(parity.differences.map((d) => [d.behave, d.brine])).toEqual([
      ['features/steps/s.py:4()', 'steps/mine.ts:2 (brine)()'],
      ['features/steps/s.py:9("Tea", n=2)', 'features/steps/s.py:9("Tea", n="3")'],
      ['undefined', 'ambiguous'],
      ['(no such step)', 'x.py:1(1, "a")'],
    ])
    const table = parityTable(parity, 2)
    expect(table).toContain('parity          0.0 %')
    expect(table).toContain('… and 2 more')
    expect(parityTable({ steps: 3, same: 2, differences: parity.differences.slice(0, 1) })).toContain(
      'parity          66.7 %',
    )
  })
})

describe('outcome parity', () => {
  const ran = [
    {
      location: 'features/a.feature:1',
      elements: [
        { type: 'background', location: 'features/a.feature:2', steps: [] },
        {
          type: 'scenario',
          name: 'Passes',
          location: 'features/a.feature:4',
          status: 'passed',
          steps: [{ keyword: 'Given', name: 'a', location: 'features/a.feature:5', result: { status: 'passed' } }],
        },
        {
          type: 'scenario',
          name: 'Fails',
          location: 'features/a.feature:7',
          status: 'failed',
          steps: [
            { keyword: 'Given', name: 'a', location: 'features/a.feature:8', result: { status: 'passed' } },
            {
              keyword: 'Then',
              name: 'b',
              location: 'features/a.feature:9',
              result: { status: 'failed', error_message: ['Assertion Failed: 1 != 2', 'Traceback…'] },
            },
            { keyword: 'And', name: 'c', location: 'features/a.feature:10' },
          ],
        },
        {
          type: 'scenario',
          name: 'Undefined',
          location: 'features/a.feature:12',
          status: 'failed',
          steps: [
            { keyword: 'Given', name: 'nothing', location: 'features/a.feature:13', result: { status: 'undefined' } },
          ],
        },
      ],
    },
  ]
  const scenario = (
    line: number,
    status: StepStatus,
    steps: { line: number; status: StepStatus; text?: string }[] = [],
  ) => ({
    title: `line ${line}`,
    status: status === 'passed' ? 'passed' : status === 'failed' || status === 'undefined' ? 'failed' : 'skipped',
    meta: {
      brine: {
        uri: 'features/a.feature',
        line,
        name: `line ${line}`,
        status,
        hooks: [],
        attachments: [],
        steps: steps.map((s) => ({
          keyword: 'Then ',
          text: s.text ?? 'b',
          line: s.line,
          background: false,
          status: s.status,
          duration: 0,
          ...(s.status === 'failed' ? { error: { message: 'AssertionError: expected 1 to be 2\n  at …' } } : {}),
        })),
      },
    },
  })

  test("behave's outcome and deciding step per scenario, from its JSON", () => {
    expect(behaveOutcomes(ran)).toEqual([
      { key: 'features/a.feature:4', name: 'Passes', outcome: 'passed' },
      {
        key: 'features/a.feature:7',
        name: 'Fails',
        outcome: 'failed',
        step: '9: Then b',
        message: 'Assertion Failed: 1 != 2',
      },
      { key: 'features/a.feature:12', name: 'Undefined', outcome: 'undefined', step: '13: Given nothing' },
    ])
  })

  test('the same outcomes are 100 %; another outcome, a missing scenario or a file that did not load are listed', () => {
    const same = brineOutcomes({
      testResults: [
        {
          name: 'a.feature',
          assertionResults: [
            scenario(4, 'passed'),
            scenario(7, 'failed', [{ line: 9, status: 'failed' }]),
            scenario(12, 'undefined', [{ line: 13, status: 'undefined', text: 'nothing' }]),
          ],
        },
      ],
    })
    const parity = compareOutcomes(behaveOutcomes(ran), same)
    expect([parity.scenarios, parity.same, parity.differences]).toEqual([3, 3, []])
    expect(outcomeTable(parity)).toContain('parity              100 %')

    const other = brineOutcomes({
      testResults: [
        {
          name: 'a.feature',
          assertionResults: [scenario(4, 'pending', [{ line: 5, status: 'pending' }]), scenario(7, 'passed')],
        },
        { name: 'b.feature', message: 'Error: Cannot find module x\n  at …', assertionResults: [] },
      ],
    })
    const table = outcomeTable(compareOutcomes(behaveOutcomes(ran), other))
    expect(table).toContain(
      '  behave           1         1         0         1\n  brine            1         0         1         0\n',
    )
    expect(table).toContain('parity              0.0 %')
    expect(table).toContain('Test files that did not load:\n  b.feature: Error: Cannot find module x\n')
    expect(table).toContain(
      [
        '  features/a.feature:4  Passes',
        '      behave: passed',
        '      brine:  skipped',
        '  features/a.feature:7  Fails',
        '      behave: failed at 9: Then b — Assertion Failed: 1 != 2',
        '      brine:  passed',
        '  features/a.feature:12  Undefined',
        '      behave: undefined at 13: Given nothing',
        '      brine:  (no such scenario)',
      ].join('\n'),
    )
  })
})

test('without behave on PATH, --verify says it is skipped and fails', async () => {
  let stderr = ''
  const env = { ...process.env, BRINE_BEHAVE: 'behave-that-is-not-installed' }
  const code = await verifyBehave(repoRoot, repoRoot, { ...io(), env, stderr: (t) => (stderr += t) })
  expect(code).toBe(3)
  expect(stderr).toBe('brine migrate --verify: skipped, behave-that-is-not-installed is not on PATH\n')
})

const behaveOnPath = (() => {
  try {
    return execFileSync('behave', ['--version'], { encoding: 'utf8' }).trim()
  } catch {
    return undefined
  }
})()
if (!behaveOnPath) console.warn('verify.test.ts: behave is not on PATH; the real --verify run is skipped')

describe.skipIf(!behaveOnPath)('--verify against real behave', () => {
  const source = join(repoRoot, 'test/fixtures/migrate/behave/library')
  const project = fixtureProject({ 'vitest.config.ts': behaveProjectConfig() })
  cpSync(join(source, 'features'), join(project.dir, 'features'), {
    recursive: true,
    filter: (path) => !path.includes(`${join('features', 'steps')}`) && !path.endsWith('environment.py'),
  })
  afterAll(() => project.remove())

  test('the 105-definition library suite binds every step as behave does, and runs green', async () => {
    let stdout = ''
    let stderr = ''
    const code = await main({
      argv: ['migrate', 'behave', source, '--verify'],
      cwd: project.dir,
      env: process.env,
      stdout: (t) => (stdout += t),
      stderr: (t) => (stderr += t),
    })
    expect(stderr).toBe('')
    expect(stdout).toContain('105 definition(s)')
    expect(stdout).toContain('steps compared  166')
    expect(stdout).toContain('same binding    166')
    expect(stdout).toContain('parity          100 %')
    // behave's real run against the migrated suite's: the same 29 scenarios pass.
    expect(stdout).toContain(
      '  behave          29         0         0         0\n  brine           29         0         0         0\n',
    )
    expect(stdout).toContain('parity              100 %')
    expect(code).toBe(0)
    await expect(stdout.slice(stdout.indexOf('Binding parity'))).toMatchFileSnapshot(
      '../../../docs/examples/output/verify-library.txt',
    )
    expect(readdirSync(join(project.dir, 'steps'))).toHaveLength(8)
    // And the migrated suite runs green under brine, with no edit.
    const run = await runVitest(project)
    expect(run.json?.numPassedTests).toBe(29)
    expect(run.json?.numTotalTests).toBe(29)
    expect(run.exitCode).toBe(0)
    // Without the regex steps, their steps are undefined under brine: the table lists them, exit 1.
    rmSync(join(project.dir, 'steps/regex_steps.ts'))
    let second = ''
    const failed = await verifyBehave(source, project.dir, { ...io(), stdout: (t) => (second += t) })
    expect(failed).toBe(1)
    expect(second).toContain('different       7')
    expect(second).toMatch(
      /features\/hours\.feature:19#0 {2}the fine is 150 cents\n {6}behave: features\/steps\/regex_steps\.py:7\(amount="150"\)\n {6}brine: {2}undefined/,
    )
    // …and the scenarios that use them end undefined instead of passed.
    expect(second).toMatch(/Scenarios whose outcome differs:\n/)
    expect(second).toMatch(
      /features\/hours\.feature:18 {2}Fines\n {6}behave: passed\n {6}brine: {2}undefined at 19: Given the fine is 150 cents/,
    )
  }, 60_000)
})
