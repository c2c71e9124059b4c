import { expect, test } from 'vitest'
import type { CheckedStep } from '../../src/check/check-report.ts'
import { formatCheck } from '../../src/check/format-check.ts'

const step = (line: number, extra: Partial<CheckedStep>): CheckedStep => ({
  uri: 'features/a.feature',
  line,
  scenarioLine: 2,
  keyword: 'Given ',
  text: 'a {thing}',
  status: 'matched',
  definition: null,
  arguments: [],
  ...extra,
})

test('a step a broken definition stops is shown once per text with the error, and counted', () => {
  const error = "This Cucumber Expression has a problem at column 3:\n\nUndefined parameter type 'thing'."
  const steps = [step(3, { status: 'error', error }), step(7, { status: 'error', error }), step(8, {})]
  expect(formatCheck({ steps, unused: [], unparsed: [] }, { unused: false, features: 1 })).toBe(
    [
      'Broken: Given a {thing}',
      '  features/a.feature:3',
      '  features/a.feature:7',
      '  This Cucumber Expression has a problem at column 3:',
      '',
      "  Undefined parameter type 'thing'.",
      '',
      '1 feature, 3 steps: 1 matched, 0 undefined, 0 ambiguous, 2 broken',
      '',
    ].join('\n'),
  )
})

test('--unused with nothing unused prints no section but counts zero', () => {
  expect(formatCheck({ steps: [step(3, {})], unused: [], unparsed: [] }, { unused: true, features: 2 })).toBe(
    '2 features, 1 step: 1 matched, 0 undefined, 0 ambiguous, 0 unused definitions\n',
  )
})
