// The step trail a failure message ends with: every step with its mark, keyword, text and
// definition, the hooks that did not pass where they ran, tables and doc strings cut short.
import { describe, expect, test } from 'vitest'
import { stepTrail } from '../../src/runtime/step-trail.ts'
import type { ScenarioData, StepData } from '../../src/types/feature-data.ts'
import type { DefinitionRef, HookResult, ScenarioResult, StepResult } from '../../src/types/scenario-result.ts'

const definition = (line: number): DefinitionRef => ({ pattern: 'p', uri: 'steps/cart.steps.ts', line, origin: null })
const match = (line: number) => ({ definition: definition(line), arguments: [] })

function scenario(steps: Partial<StepData>[], extra: Partial<ScenarioData> = {}): ScenarioData {
  return {
    title: 'Pay',
    name: 'Pay',
    keyword: 'Scenario',
    line: 3,
    scenarioLine: 3,
    tags: [],
    steps: steps.map((step, i) => ({
      keyword: 'Given ',
      type: 'Context',
      text: `step ${i + 1}`,
      line: 4 + i,
      ...step,
    })),
    ...extra,
  }
}

function result(steps: Partial<StepResult>[], hooks: Partial<HookResult>[] = []): ScenarioResult {
  return {
    uri: 'features/cart.feature',
    line: 3,
    name: 'Pay',
    status: 'failed',
    steps: steps.map((step, i) => ({
      keyword: 'Given ',
      text: `step ${i + 1}`,
      line: 4 + i,
      background: false,
      status: 'skipped',
      duration: 0,
      ...step,
    })),
    hooks: hooks.map((hook) => ({
      kind: 'Before',
      uri: 'steps/hooks.ts',
      line: 1,
      status: 'passed',
      duration: 0,
      ...hook,
    })),
    attachments: [],
  }
}

describe('each step', () => {
  test('has its status mark, keyword, text and definition, to the failing step and past it', () => {
    const data = scenario([{}, { keyword: 'When ', text: 'I pay 5 euros' }, { keyword: 'Then ' }, {}])
    const run = result([
      { status: 'passed', definition: definition(3) },
      { status: 'failed', definition: definition(7) },
      { matches: [match(9)] },
      { matches: [] },
    ])
    expect(stepTrail(data, run, 'features/cart.feature')).toBe(
      [
        'Scenario: Pay  # features/cart.feature:3',
        '  ✔ Given step 1        # steps/cart.steps.ts:3',
        '  ✖ When I pay 5 euros  # steps/cart.steps.ts:7',
        '  - Then step 3         # steps/cart.steps.ts:9',
        '  - Given step 4        # undefined',
      ].join('\n'),
    )
  })

  test('undefined, ambiguous and pending steps have their own marks', () => {
    const data = scenario([{}, {}, {}])
    const run = result([
      { status: 'pending', definition: definition(2) },
      { status: 'undefined', matches: [] },
      { status: 'ambiguous', matches: [match(5), match(6)] },
    ])
    expect(stepTrail(data, run, 'features/cart.feature').split('\n').slice(1)).toEqual([
      '  ? Given step 1  # steps/cart.steps.ts:2',
      '  ? Given step 2  # undefined',
      '  ✖ Given step 3  # ambiguous: steps/cart.steps.ts:5, steps/cart.steps.ts:6',
    ])
  })

  test('without a result (the scenario never started) every step is skipped, with no location', () => {
    expect(
      stepTrail(scenario([{}]), undefined, 'features/cart.feature')
        .split('\n')
        .slice(1),
    ).toEqual(['  - Given step 1'])
  })
})

test('hooks that did not pass show where they ran; passing ones stay out', () => {
  const data = scenario([{}, {}, {}])
  const run = result(
    [{ status: 'passed', definition: definition(1) }, { status: 'passed', definition: definition(2) }, {}],
    [
      { kind: 'Before', status: 'passed' },
      { kind: 'BeforeStep', step: 1, status: 'passed' },
      { kind: 'AfterStep', step: 1, status: 'failed', name: 'screenshot', line: 8 },
      { kind: 'After', status: 'failed', line: 12 },
    ],
  )
  expect(stepTrail(data, run, 'features/cart.feature').split('\n').slice(1)).toEqual([
    '  ✔ Given step 1                 # steps/cart.steps.ts:1',
    '  ✔ Given step 2                 # steps/cart.steps.ts:2',
    '  ✖ AfterStep hook "screenshot"  # steps/hooks.ts:8',
    '  - Given step 3                 # undefined',
    '  ✖ After hook                   # steps/hooks.ts:12',
  ])
})

test('a failing Before hook comes first, a BeforeStep hook before its step', () => {
  const data = scenario([{}, {}])
  const before = result([{}, {}], [{ kind: 'Before', status: 'failed' }])
  expect(stepTrail(data, before, 'features/cart.feature').split('\n')[1]).toBe('  ✖ Before hook   # steps/hooks.ts:1')
  const beforeStep = result(
    [
      { status: 'passed', definition: definition(1) },
      { status: 'passed', definition: definition(2) },
    ],
    [{ kind: 'BeforeStep', step: 1, status: 'failed' }],
  )
  expect(stepTrail(data, beforeStep, 'features/cart.feature').split('\n').slice(2)).toEqual([
    '  ✖ BeforeStep hook  # steps/hooks.ts:1',
    '  ✔ Given step 2     # steps/cart.steps.ts:2',
  ])
})

test('an Examples row names its Examples and row', () => {
  const data = scenario([{}], {
    keyword: 'Scenario Outline',
    name: 'Pay 5',
    line: 14,
    examples: { name: 'small sums', line: 12, row: 2 },
  })
  expect(stepTrail(data, result([{ status: 'failed' }]), 'features/cart.feature').split('\n')[0]).toBe(
    'Scenario Outline: Pay 5  # features/cart.feature:14 (Examples "small sums", row 2)',
  )
})

test('long tables and doc strings are cut', () => {
  const table = [['name', 'price'], ...Array.from({ length: 9 }, (_, i) => [`item ${i}`, 'x'.repeat(40)])]
  const doc = { content: ['one', 'two', 'three', 'four', 'five', 'y'.repeat(120)].join('\n'), delimiter: '"""' }
  const data = scenario([{ dataTable: table }, { docString: doc }, { dataTable: [['a'], ['b']] }])
  const run = result([{ status: 'passed' }, { status: 'passed' }, { status: 'failed' }])
  const cell = `${'x'.repeat(29)}…`
  expect(stepTrail(data, run, 'features/cart.feature').split('\n').slice(1)).toEqual([
    '  ✔ Given step 1  # undefined',
    `      | name   | price${' '.repeat(25)} |`,
    `      | item 0 | ${cell} |`,
    `      | item 1 | ${cell} |`,
    `      | item 2 | ${cell} |`,
    '      … 6 more rows',
    '  ✔ Given step 2  # undefined',
    '      """',
    '      one',
    '      two',
    '      three',
    '      four',
    '      … 2 more lines',
    '      """',
    '  ✖ Given step 3  # undefined',
    '      | a |',
    '      | b |',
  ])
})

test('details go under their entry', () => {
  const data = scenario([{}, {}])
  const run = result([{ status: 'failed', definition: definition(1) }, {}])
  const details = (entry: { step: number } | { hook: number }) =>
    'step' in entry && entry.step === 0 ? ['Error: boom', '    at steps/cart.steps.ts:1:1'] : []
  expect(stepTrail(data, run, 'features/cart.feature', { details }).split('\n').slice(1)).toEqual([
    '  ✖ Given step 1  # steps/cart.steps.ts:1',
    '      Error: boom',
    '          at steps/cart.steps.ts:1:1',
    '  - Given step 2  # undefined',
  ])
})
