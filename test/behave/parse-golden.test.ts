import { describe as group, expect, test } from 'vitest'
import { describe, loadCases, runCase, sameOutcome } from './parse-cases.ts'

const { parse, cases } = loadCases()

group(`parse ${parse} golden cases`, () => {
  test.each(
    cases.map(
      (c) =>
        [`${c.options ? `[${c.options}] ` : ''}${JSON.stringify(c.format)} ← ${JSON.stringify(c.text)}`, c] as const,
    ),
  )('%s', (_, c) => {
    const actual = runCase(c)
    const wanted = c.compileError
      ? { compileError: c.compileError }
      : c.convertError
        ? { convertError: c.convertError }
        : { result: c.result }
    expect(sameOutcome(c, actual), `python: ${JSON.stringify(wanted)}\nport:   ${describe(actual)}`).toBe(true)
  })
})

test('the comparison tells a different value, type or error apart', () => {
  const base = cases.find((c) => c.format === '{x:d}' && c.text === '0x1F')!
  expect(sameOutcome(base, runCase(base))).toBe(true)
  expect(sameOutcome(base, runCase({ ...base, text: '0x1E' }))).toBe(false)
  const float = cases.find((c) => c.format === '{x:f}' && c.text === '3.25')!
  expect(sameOutcome({ ...float, result: { fixed: [], named: { x: { int: '3' } } } }, runCase(float))).toBe(false)
  const date = cases.find((c) => c.format === '{x:ti}' && c.text === '2023-01-05T10:11:12Z')!
  expect(sameOutcome(date, runCase({ ...date, text: '2023-01-05T10:11:13Z' }))).toBe(false)
  const failing = cases.find((c) => c.convertError)!
  expect(sameOutcome(failing, { result: null })).toBe(false)
  const broken = cases.find((c) => c.compileError === 'RepeatedNameError')!
  expect(sameOutcome(broken, { compileError: 'FormatSpecError' })).toBe(false)
})
