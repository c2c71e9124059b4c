// Malformed .feature text never crashes the transform with anything but a FeatureParseError
// that names a line: random text, mutations of a valid feature, and a huge file.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { compileFeature } from '../../src/compile/compile-feature.ts'
import { FeatureParseError } from '../../src/compile/feature-file.ts'

const options = {
  uri: 'features/fuzz.feature',
  path: '/p/features/fuzz.feature',
  runtime: 'brine/internal',
  stepImports: [],
}

/** Compiles; a parse error must point inside the text. Anything else thrown fails the property. */
function compileOrParseError(source: string): void {
  try {
    const { code, map } = compileFeature(source, options)
    expect(code).toContain('defineFeature(')
    expect(map.sourcesContent).toEqual([source])
  } catch (error) {
    if (!(error instanceof FeatureParseError)) throw error
    expect(error.message).toMatch(/^features\/fuzz\.feature:\d+:\d+: /)
    expect(error.line).toBeGreaterThanOrEqual(1)
    expect(error.line).toBeLessThanOrEqual(source.split(/\r\n|\r|\n/).length + 1)
  }
}

const valid = `# language: en
@tag
Feature: Fuzz
  Some description

  Background:
    Given a background step

  Rule: the rule
    Scenario Outline: eat <n>
      Given I have <n> "apples"
        | a | b |
        | 1 | 2 |
      When I eat them
        """json
        {"x": 1}
        """
      Then none are left

      Examples: some
        | n |
        | 1 |
        | 2 |

  Scenario: plain
    * a step
`

// Pieces of Gherkin that, spliced anywhere, exercise the parser's error and recovery paths.
const fragments = [
  'Feature: again',
  'Scenario:',
  'Scenario Outline: <x>',
  'Examples:',
  '| a | b |',
  '| unterminated',
  '"""',
  '```',
  '@',
  '@tag with space',
  '# language: xx',
  '# language: fr',
  'Fonctionnalité: fr',
  'Rule:',
  'Background:',
  'Given',
  'And <n>',
  '\t\t  ',
  '\u0000',
  '\uFEFF',
  '\r',
]

const mutation: fc.Arbitrary<Change> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), text: fc.constantFrom(...fragments) }),
  fc.record({ kind: fc.constant('delete' as const) }),
  fc.record({ kind: fc.constant('duplicate' as const) }),
  fc.record({ kind: fc.constant('garbage' as const), text: fc.string({ unit: 'binary', maxLength: 20 }) }),
)

type Change = { kind: 'insert' | 'garbage'; text: string } | { kind: 'delete' | 'duplicate' }

function mutate(source: string, steps: { at: number; change: Change }[]) {
  const lines = source.split('\n')
  for (const { at, change } of steps) {
    const i = at % (lines.length + 1)
    if (change.kind === 'insert') lines.splice(i, 0, `${' '.repeat(at % 6)}${change.text}`)
    else if (change.kind === 'garbage') lines.splice(i, 0, change.text)
    else if (change.kind === 'delete') lines.splice(i, 1)
    else if (lines[i] !== undefined) lines.splice(i, 0, lines[i]!)
  }
  return lines.join('\n')
}

describe('the transform on malformed input', () => {
  test('random text compiles or fails with a parse error', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), compileOrParseError), { numRuns: 400 })
  })

  test('random lines built from Gherkin keywords compile or fail with a parse error', () => {
    const line = fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 30 }))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 40 }), (lines) => compileOrParseError(lines.join('\n'))),
      { numRuns: 400 },
    )
  })

  test('mutations of a valid feature compile or fail with a parse error', () => {
    expect(() => compileFeature(valid, options)).not.toThrow()
    fc.assert(
      fc.property(fc.array(fc.record({ at: fc.nat(200), change: mutation }), { minLength: 1, maxLength: 8 }), (steps) =>
        compileOrParseError(mutate(valid, steps)),
      ),
      { numRuns: 600 },
    )
  })
})

describe('a huge feature file', () => {
  // 10,000 scenarios of 10 steps: 100,000 steps, about 10 MB of text.
  const hugeFeature = (last = '') => {
    const parts = ['Feature: Huge\n']
    const pad = 'with enough words to make each line long, about a hundred characters'
    for (let s = 0; s < 10_000; s++) {
      parts.push(`\n  Scenario: scenario ${s}\n`)
      for (let i = 0; i < 10; i++) parts.push(`    Given step ${i} of scenario ${s} ${pad}\n`)
    }
    return parts.join('') + last
  }

  test('compiles 100,000 steps in bounded memory', () => {
    const source = hugeFeature()
    expect(source.length).toBeGreaterThan(9_000_000)
    const before = process.memoryUsage().heapUsed
    const { code } = compileFeature(source, options)
    const grown = process.memoryUsage().heapUsed - before
    expect(code.split('await run.step(').length - 1).toBe(100_000)
    // Measured about 180 MB with the module and map still held: a bound, not a target.
    expect(grown).toBeLessThan(40 * source.length)
  }, 60_000)

  test('a problem on its last line is a parse error naming that line', () => {
    const source = hugeFeature('Feature: a second feature\n')
    const lines = source.split('\n').length - 1
    let caught: unknown
    try {
      compileFeature(source, options)
    } catch (error) {
      caught = error
    }
    expect(caught).toBeInstanceOf(FeatureParseError)
    expect((caught as FeatureParseError).line).toBe(lines)
  }, 60_000)
})
