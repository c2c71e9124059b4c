// The behave step index must bind every step exactly as a scan of every definition does (behave's
// first match in registration order), and brine's own index must keep every behave definition that
// matches: checked on random parse, cfparse and re patterns, both behave versions (1.2 matches
// ignoring case) and random step texts, with and without a table (1.2 drops a trailing ':').
import fc from 'fast-check'
import { afterEach, expect, test } from 'vitest'
import { BehaveMatcher } from '../../src/behave/behave-matcher.ts'
import { behaveFinder } from '../../src/behave/lookup.ts'
import { setBehaveVersion } from '../../src/behave/version.ts'
import type { StepType } from '../../src/types/feature-data.ts'
import { StepDefinition } from '../../src/runtime/step-definition.ts'
import { StepIndex } from '../../src/runtime/step-index.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'

afterEach(() => setBehaveVersion('1.3'))

const words = ['I', 'i', 'have', 'Have', 'a', 'cat', 'CAT', 'cats', '12', 'red', 'x:']
const word = fc.constantFrom(...words)
const field = fc.constantFrom('{n:d}', '{name}', '{}', '{w:w}')
const parsePattern = fc
  .array(fc.oneof({ weight: 4, arbitrary: word }, { weight: 1, arbitrary: field }), { minLength: 1, maxLength: 4 })
  .map((parts) => parts.join(' '))
const rePattern = fc.array(fc.oneof(word, fc.constant('(\\d+)'), fc.constant('(.*)')), { minLength: 1, maxLength: 3 })
const definition = fc.record({
  kind: fc.constantFrom('parse', 'parse', 'cfparse', 're', 're0'),
  keyword: fc.constantFrom('given', 'when', 'step'),
  parse: parsePattern,
  re: rePattern.map((parts) => parts.join(' ')),
})
const text = fc.array(word, { minLength: 1, maxLength: 5 }).map((parts) => parts.join(' '))
const registry = new SupportRegistry()

function defined(spec: { kind: string; keyword: string; parse: string; re: string }, i: number) {
  const kind = spec.kind as 'parse' | 'cfparse' | 're' | 're0'
  const keyword = spec.keyword as 'given' | 'when' | 'step'
  const matcher = new BehaveMatcher(kind.startsWith('re') ? spec.re : spec.parse, kind, keyword)
  const site = { uri: 'steps.py', line: i + 1, column: 1 }
  return new StepDefinition(matcher, () => {}, site, {}, undefined, registry.parameterTypes)
}

/** behave's lookup without the index: the step's keyword, then `step`, in registration order. */
function scan(definitions: StepDefinition[], stepText: string, type: StepType, hasArgument: boolean) {
  const keyword = type === 'Action' ? 'when' : type === 'Outcome' ? 'then' : 'given'
  for (const wanted of [keyword, 'step']) {
    for (const d of definitions) {
      const matcher = d.pattern as BehaveMatcher
      if (matcher.keyword !== wanted) continue
      const args = matcher.matchStep(stepText, hasArgument)
      if (args) return d
    }
  }
  return undefined
}

test('binds every step to what a scan of every definition binds it to', () => {
  fc.assert(
    fc.property(
      fc.array(definition, { minLength: 1, maxLength: 12 }),
      fc.array(fc.tuple(text, fc.constantFrom<StepType>('Context', 'Action'), fc.boolean()), { maxLength: 12 }),
      fc.constantFrom('1.2', '1.3'),
      (specs, steps, version) => {
        setBehaveVersion(version as '1.2' | '1.3')
        const definitions: StepDefinition[] = []
        specs.forEach((spec, i) => {
          try {
            definitions.push(defined(spec, i))
          } catch {
            // A pattern behave refuses (e.g. a field name used twice) is not defined.
          }
        })
        const index = new StepIndex(definitions)
        for (const [stepText, type, hasArgument] of steps) {
          const found = behaveFinder.find(definitions, { text: stepText, type, hasArgument })
          expect(found?.definition).toBe(scan(definitions, stepText, type, hasArgument))
          // brine's own index (reports' planned matches) keeps every behave definition that matches.
          const candidates = index.candidates(stepText)
          for (const d of definitions) if (d.match(stepText, {})) expect(candidates).toContain(d)
        }
      },
    ),
    { numRuns: 400 },
  )
})

test('a version set after the lookups were indexed takes effect', () => {
  const definitions = [defined({ kind: 'parse', keyword: 'given', parse: 'I have {n:d} cats', re: '' }, 0)]
  expect(behaveFinder.find(definitions, { text: 'i HAVE 3 cats', type: 'Context', hasArgument: false })).toBeUndefined()
  setBehaveVersion('1.2')
  expect(
    behaveFinder.find(definitions, { text: 'i HAVE 3 cats', type: 'Context', hasArgument: false })?.definition,
  ).toBe(definitions[0])
})
