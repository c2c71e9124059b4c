// The step index must give exactly the matches of a scan over every definition: checked on random
// definitions (Cucumber Expressions with optionals, alternations, escapes and parameters; RegExps
// with and without anchors, alternation and flags; custom matchers) and random step texts.
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { findStep } from '../../src/runtime/find-step.ts'
import type { StepMatcher } from '../../src/runtime/step-definition.ts'
import { literalPrefix, StepIndex } from '../../src/runtime/step-index.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'

const words = ['a', 'an', 'the', 'cat', 'cats', 'has', 'have', '1', '12', '"x"', 'red', 'I', 'it']
const word = fc.constantFrom(...words)

/** A piece of a Cucumber Expression and the texts that match it. */
interface Part {
  source: string
  texts: readonly string[]
}
const expressionPart: fc.Arbitrary<Part> = fc.oneof(
  { weight: 5, arbitrary: word.map((w) => ({ source: w, texts: [w] })) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      { source: '{int}', texts: ['12', '-3'] },
      { source: '{word}', texts: ['cat', 'x'] },
      { source: '{string}', texts: ['"x y"', "'z'"] },
      { source: '{}', texts: ['red cat', ''] },
      { source: '{float}', texts: ['1.5', '2'] },
    ),
  },
  { weight: 1, arbitrary: word.map((w) => ({ source: `${w}(s)`, texts: [w, `${w}s`] })) },
  { weight: 1, arbitrary: fc.tuple(word, word).map(([a, b]) => ({ source: `${a}/${b}`, texts: [a, b] })) },
  { weight: 1, arbitrary: word.map((w) => ({ source: `\\(${w}\\)`, texts: [`(${w})`] })) },
)
/** An expression, and texts made from it so that many of them match. */
const expressionWithTexts = fc
  .tuple(fc.array(expressionPart, { minLength: 1, maxLength: 4 }), fc.array(fc.nat(), { minLength: 4, maxLength: 4 }))
  .map(([parts, picks]) => ({
    pattern: parts.map((p) => p.source).join(' '),
    texts: picks.map((pick) => parts.map((p, i) => p.texts[(pick >> i) % p.texts.length]).join(' ')),
  }))
const expression = expressionWithTexts.map((e) => e.pattern)

const regexpPart = fc.oneof(
  { weight: 5, arbitrary: word },
  {
    weight: 1,
    arbitrary: fc.constantFrom('(\\d+)', '(.*)', '"([^"]*)"', '\\w+', 'a?', 'ca*t', 'c+', 're{1,2}d', '[ac]t'),
  },
)
const regexp = fc
  .tuple(
    fc.boolean(),
    fc.array(regexpPart, { minLength: 1, maxLength: 4 }),
    fc.boolean(),
    fc.constantFrom('', '', '', 'i', 'm', 's', 'u'),
    fc.constantFrom('', '', '', '|the cat'),
  )
  .map(
    ([start, parts, end, flags, alt]) =>
      new RegExp(`${start ? '^' : ''}${parts.join(' ')}${alt}${end ? '$' : ''}`, flags),
  )

/** A custom matcher (behave-style): never indexed, so always a candidate. */
const custom = word.map((w): StepMatcher => ({
  source: `custom ${w}`,
  kind: 'custom',
  match: (text) => (text.includes(w) ? [w] : null),
}))

const definition = fc.oneof(
  { weight: 4, arbitrary: expression },
  { weight: 3, arbitrary: regexp },
  { weight: 1, arbitrary: custom },
)
const stepType = fc.constantFrom(undefined, undefined, 'Context' as const, 'Outcome' as const)
const text = fc.array(fc.oneof(word, fc.constantFrom('(cat)', 'cats', 'RED', 'The')), { minLength: 1, maxLength: 6 })

function registryOf(defs: [string | RegExp | StepMatcher, 'Context' | 'Outcome' | undefined][]): SupportRegistry {
  const registry = new SupportRegistry()
  for (const [pattern, type] of defs) registry.defineStep(pattern, () => undefined, {}, type)
  return registry
}

/** What findStep did before the index: try every definition. */
function scan(registry: SupportRegistry, text: string, type: string): unknown[] {
  const found: unknown[] = []
  for (const d of registry.allSteps()) {
    if (d.stepType && d.stepType !== type) continue
    const args = d.match(text, null)
    if (args) found.push({ pattern: d.patternSource, args })
  }
  return found
}

describe('step index', () => {
  test('candidates contain every matching definition, in registration order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(definition, stepType), { minLength: 1, maxLength: 30 }),
        fc.array(text, { maxLength: 20 }),
        (defs, texts) => {
          const registry = registryOf(defs)
          for (const words of texts) {
            const t = words.join(' ')
            for (const type of ['Context', 'Action'] as const) {
              const viaIndex = registry
                .stepCandidates(t)
                .filter((d) => !d.stepType || d.stepType === type)
                .flatMap((d) => {
                  const args = d.match(t, null)
                  return args ? [{ pattern: d.patternSource, args }] : []
                })
              expect(viaIndex).toEqual(scan(registry, t, type))
            }
            const order = registry.stepCandidates(t).map((d) => registry.allSteps().indexOf(d))
            expect(order).toEqual([...order].sort((a, b) => a - b))
          }
        },
      ),
      { numRuns: 200 },
    )
  })

  test('texts made from the expressions: the index finds what the scan finds', () => {
    fc.assert(
      fc.property(fc.array(expressionWithTexts, { minLength: 1, maxLength: 30 }), (defs) => {
        const registry = registryOf(defs.map((d) => [d.pattern, undefined]))
        let matched = 0
        for (const t of defs.flatMap((d) => d.texts)) {
          const expected = scan(registry, t, 'Context')
          const viaIndex = registry.stepCandidates(t).flatMap((d) => {
            const args = d.match(t, null)
            return args ? [{ pattern: d.patternSource, args }] : []
          })
          expect(viaIndex).toEqual(expected)
          if (expected.length > 0) matched++
        }
        // Made from the definitions, most texts match one: the property is not vacuous.
        expect(matched).toBeGreaterThan(0)
      }),
      { numRuns: 200 },
    )
  })

  test('findStep gives the scan result: matched, ambiguous or undefined', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(definition, stepType), { minLength: 1, maxLength: 20 }), text, (defs, words) => {
        const registry = registryOf(defs)
        const t = words.join(' ')
        const expected = scan(registry, t, 'Context')
        const match = findStep(registry, { text: t, type: 'Context' }, null)
        const status = expected.length === 0 ? 'undefined' : expected.length === 1 ? 'matched' : 'ambiguous'
        expect(match.status).toBe(status)
      }),
      { numRuns: 200 },
    )
  })

  test('a definition added later is found: the index is rebuilt', () => {
    const registry = registryOf([['the cat has {int} lives', undefined]])
    expect(findStep(registry, { text: 'a dog has 3 legs', type: 'Context' }, null).status).toBe('undefined')
    registry.defineStep('a dog has {int} legs', () => undefined)
    expect(findStep(registry, { text: 'a dog has 3 legs', type: 'Context' }, null)).toMatchObject({
      status: 'matched',
      args: [3],
    })
  })

  test('candidates narrow thousands of definitions to the few that share the text start', () => {
    const registry = registryOf(Array.from({ length: 2000 }, (_, i) => [`item ${i} costs {int} euros`, undefined]))
    registry.defineStep(/^item (\d+) costs/, () => undefined)
    registry.defineStep(/costs (\d+)/, () => undefined)
    const candidates = registry.stepCandidates('item 1234 costs 5 euros').map((d) => d.patternSource)
    expect(candidates).toEqual(['item 1234 costs {int} euros', '/^item (\\d+) costs/', '/costs (\\d+)/'])
    // Remembered per text, and the memo gives the same answer.
    expect(registry.stepCandidates('item 1234 costs 5 euros').map((d) => d.patternSource)).toEqual(candidates)
  })

  test('the memo forgets everything once it is full, and still answers', () => {
    const registry = registryOf([['n {int}', undefined]])
    for (let i = 0; i < 20_005; i++) registry.stepCandidates(`n ${i}`)
    expect(findStep(registry, { text: 'n 7', type: 'Context' }, null)).toMatchObject({ status: 'matched', args: [7] })
    expect(new StepIndex([]).candidates('anything')).toEqual([])
  })
})

describe('literalPrefix', () => {
  test.each([
    ['I have {int} cukes', 'I have '],
    ['I have 3 cucumber(s)', 'I have 3 '],
    ['I have a/an apple', 'I have '],
    ['plain text only', 'plain text only'],
    ['{int} apples', ''],
    ['price\\(s) is', ''],
    ['costs{int}', ''],
  ])('expression %j → %j', (pattern, prefix) => {
    expect(literalPrefix(pattern)).toBe(prefix)
  })

  test.each([
    [/^I have (\d+) cukes$/, 'I have '],
    [/^the cats? sleep/, 'the cat'],
    [/^ab{2}/, 'a'],
    [/^a*b/, ''],
    [/I have (\d+)/, ''],
    [/^a|b/, ''],
    [/^I have/i, ''],
    [/^I have/m, ''],
    [/^\w+ cat/, ''],
  ])('regexp %s → %j', (pattern, prefix) => {
    expect(literalPrefix(pattern)).toBe(prefix)
  })

  test('custom matchers have no prefix', () => {
    expect(literalPrefix({ source: 'I have {n:d}' })).toBe('')
  })
})
