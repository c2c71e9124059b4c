// --verify's comparison: outcomes read from Cucumber Messages (the last attempt's worst status and
// where it stopped, outline rows by their line), and the table listing every difference.
import type { Envelope } from '@cucumber/messages'
import { expect, test } from 'vitest'
import { compareOutcomes, parityTable } from '../../../src/migrate/cucumber-js/verify/compare.ts'
import { outcomesFromMessages, type ScenarioOutcome } from '../../../src/migrate/cucumber-js/verify/outcomes.ts'

const location = (line: number) => ({ line, column: 1 })
const step = (id: string, line: number, keyword: string) => ({ id, location: location(line), keyword, text: '' })

/** A document with a Scenario (line 2, steps on 3 and 4) and an Outline (line 6) with rows on 10 and 11. */
const document: Envelope = {
  gherkinDocument: {
    uri: 'features/a.feature',
    comments: [],
    feature: {
      location: location(1),
      tags: [],
      language: 'en',
      keyword: 'Feature',
      name: 'a',
      description: '',
      children: [
        {
          scenario: {
            id: 's1',
            location: location(2),
            tags: [],
            keyword: 'Scenario',
            name: 'one',
            description: '',
            steps: [step('st1', 3, 'Given '), step('st2', 4, 'Then ')],
            examples: [],
          },
        },
        {
          scenario: {
            id: 's2',
            location: location(6),
            tags: [],
            keyword: 'Scenario Outline',
            name: 'two',
            description: '',
            steps: [step('st3', 7, 'When ')],
            examples: [
              {
                id: 'ex',
                location: location(8),
                tags: [],
                keyword: 'Examples',
                name: '',
                description: '',
                tableBody: [
                  { id: 'r1', location: location(10), cells: [] },
                  { id: 'r2', location: location(11), cells: [] },
                ],
              },
            ],
          },
        },
      ],
    },
  },
} as unknown as Envelope

function run(results: Record<string, string[][]>): Envelope[] {
  const pickles: Envelope[] = [
    {
      pickle: {
        id: 'p1',
        uri: 'features/a.feature',
        name: 'one',
        language: 'en',
        astNodeIds: ['s1'],
        tags: [],
        steps: [
          { id: 'ps1', text: 'x', astNodeIds: ['st1'] },
          { id: 'ps2', text: 'y', astNodeIds: ['st2'] },
        ],
      },
    },
    {
      pickle: {
        id: 'p2',
        uri: 'features/a.feature',
        name: 'two',
        language: 'en',
        astNodeIds: ['s2', 'r1'],
        tags: [],
        steps: [{ id: 'ps3', text: 'z', astNodeIds: ['st3'] }],
      },
    },
  ] as unknown as Envelope[]
  const envelopes: Envelope[] = [document, ...pickles]
  for (const [pickleId, attempts] of Object.entries(results)) {
    const testSteps =
      pickleId === 'p1'
        ? [
            { id: 'h', hookId: 'hook' },
            { id: 't1', pickleStepId: 'ps1' },
            { id: 't2', pickleStepId: 'ps2' },
          ]
        : [{ id: 't3', pickleStepId: 'ps3' }]
    envelopes.push({ testCase: { id: `tc-${pickleId}`, pickleId, testSteps } } as unknown as Envelope)
    attempts.forEach((statuses, attempt) => {
      const id = `${pickleId}-${attempt}`
      envelopes.push({ testCaseStarted: { id, testCaseId: `tc-${pickleId}`, attempt } } as unknown as Envelope)
      statuses.forEach((status, i) =>
        envelopes.push({
          testStepFinished: { testCaseStartedId: id, testStepId: testSteps[i]!.id, testStepResult: { status } },
        } as unknown as Envelope),
      )
      envelopes.push({
        testCaseFinished: { testCaseStartedId: id, willBeRetried: attempt < attempts.length - 1 },
      } as unknown as Envelope)
    })
  }
  return envelopes
}

test('the last attempt counts; the worst status wins; an outline row is keyed by its line', () => {
  const outcomes = outcomesFromMessages(
    run({
      p1: [
        ['PASSED', 'FAILED', 'SKIPPED'],
        ['PASSED', 'PASSED', 'UNDEFINED'],
      ],
      p2: [['PENDING']],
    }),
  )
  expect([...outcomes.values()]).toEqual([
    { uri: 'features/a.feature', line: 2, name: 'one', status: 'undefined', at: 'Then y (line 4)' },
    { uri: 'features/a.feature', line: 10, name: 'two', status: 'pending', at: 'When z (line 7)' },
  ])
  const hook = outcomesFromMessages(run({ p1: [['FAILED', 'SKIPPED', 'SKIPPED']] }))
  expect(hook.get('features/a.feature:2')).toMatchObject({ status: 'failed', at: 'Before hook' })
})

test('every scenario whose status or stopping place differs is listed, with both sides', () => {
  const outcome = (line: number, status: string, at?: string): [string, ScenarioOutcome] => [
    `features/a.feature:${line}`,
    { uri: 'features/a.feature', line, name: `s${line}`, status, ...(at ? { at } : {}) },
  ]
  const cucumber = new Map([outcome(2, 'passed'), outcome(5, 'failed', 'Then b (line 7)'), outcome(9, 'passed')])
  const brine = new Map([outcome(2, 'passed'), outcome(5, 'failed', 'When a (line 6)'), outcome(12, 'passed')])
  const parity = compareOutcomes(cucumber, brine)
  expect(parityTable(parity, 'Outcome parity, profile default')).toBe(`Outcome parity, profile default:
  scenarios         cucumber-js  brine
  passed                      2      2
  failed                      1      1
  compared          4
  same outcome      1
  different         3
  parity            25 %

  features/a.feature:5  s5
    cucumber-js: failed at Then b (line 7)
    brine:       failed at When a (line 6)

  features/a.feature:9  s9
    cucumber-js: passed
    brine:       not run

  features/a.feature:12  s12
    cucumber-js: not run
    brine:       passed
`)
})
