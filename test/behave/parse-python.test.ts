// Re-checks the parse port against real Python parse when a python3 with `parse` is installed
// (Debian's python3-parse comes with python3-behave); skipped, and saying so, where it is not.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { describe, loadCases, runCase, sameOutcome, type ParseCase } from './parse-cases.ts'

const generator = new URL('./data/generate-parse-cases.py', import.meta.url).pathname
const python = ['python3', '/usr/bin/python3'].find(
  (candidate) => spawnSync(candidate, ['-c', 'import parse, parse_type'], { stdio: 'ignore' }).status === 0,
)
const live = test.skipIf(!python)
const note = python ? '' : ' (skipped: no python3 with the parse and parse_type modules)'

function runPython(args: string[], input?: string): string {
  const run = spawnSync(python!, [generator, ...args], { input, encoding: 'utf8' })
  if (run.status !== 0) throw new Error(run.stderr)
  return run.stdout
}

live(`the committed golden data is what python parse gives today${note}`, () => {
  const committed = readFileSync(new URL('./data/parse-cases.json', import.meta.url), 'utf8')
  expect(JSON.parse(runPython(['--stdout']))).toEqual(JSON.parse(committed))
})

// Formats and texts built from pieces, so fields meet each other, literal text and near misses.
const FIELDS = [
  '{}',
  '{x}',
  '{y:d}',
  '{z:w}',
  '{f:f}',
  '{g:g}',
  '{p:%}',
  '{n:n}',
  '{s:S}',
  '{l:l}',
  '{q:>4}',
  '{t:tt}',
  '{h:x}',
  '{c:Color}',
  '{m:Number}',
]
const VALUES = [
  '12',
  '-7',
  '0x1f',
  '3.5',
  '.25',
  '1e3',
  '40%',
  '1,234',
  'ab',
  'Word',
  'two words',
  'nan',
  '  9',
  'red',
  'GREEN',
  '10:21 PM',
  'ff',
  '',
  'é',
]
const WORDS = ['I have', 'and', 'x', 'apples', ':', '"', ' ', '-']

const sample = fc.array(
  fc.record({
    parts: fc.array(fc.oneof(fc.constantFrom(...FIELDS), fc.constantFrom(...WORDS)), { minLength: 1, maxLength: 4 }),
    values: fc.array(fc.constantFrom(...VALUES), { minLength: 4, maxLength: 4 }),
    upper: fc.boolean(),
    options: fc.constantFrom(undefined, 'cs' as const),
  }),
  { minLength: 300, maxLength: 300 },
)

live(`generated formats and texts agree with python parse${note}`, () => {
  const drafts = fc.sample(sample, { seed: 4, numRuns: 1 })[0]!
  const cases = drafts.map((d): [string, string, string?] => {
    const format = d.parts.join(' ')
    let i = 0
    const text = d.parts.map((part) => (FIELDS.includes(part) ? d.values[i++ % 4] : part)).join(' ')
    return d.options
      ? [format, d.upper ? text.toUpperCase() : text, d.options]
      : [format, d.upper ? text.toUpperCase() : text]
  })
  const results = loadCases(runPython(['--stdin'], JSON.stringify(cases))).cases
  const differences = results.filter((c: ParseCase) => !sameOutcome(c, runCase(c)))
  expect(
    differences.map(
      (c) =>
        `${c.format} ← ${JSON.stringify(c.text)}: python ${JSON.stringify(c.result ?? c.compileError ?? c.convertError)}, port ${describe(runCase(c))}`,
    ),
  ).toEqual([])
  // The sample is not all failures: most texts were built to fit their format.
  expect(results.filter((c) => c.result).length).toBeGreaterThan(60)
})
