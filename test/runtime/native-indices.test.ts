// Native match indices must give the groups the polyfill gives: values, starts and ends.
import { CucumberExpression, ParameterTypeRegistry, RegularExpression } from '@cucumber/cucumber-expressions'
import fc from 'fast-check'
import { expect, test } from 'vitest'
import { useNativeIndices } from '../../src/runtime/native-indices.ts'

const registry = new ParameterTypeRegistry()
const part = fc.constantFrom('I', 'have', '{int}', '{float}', '{string}', '{word}', '{}', 'cat(s)', 'a/an', 'red')
const token = fc.constantFrom('I', 'have', '3', '-1.5', '"x y"', "'z'", 'word', 'cat', 'cats', 'a', 'an', 'red', '')

const groups = (expression: CucumberExpression | RegularExpression, text: string) =>
  expression.match(text)?.map((arg) => ({ group: arg.group, value: arg.getValue(null) })) ?? null

test('Cucumber Expressions: same arguments with native indices as with the polyfill', () => {
  fc.assert(
    fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), fc.array(token, { maxLength: 6 }), (parts, words) => {
      const source = parts.join(' ')
      const text = words.join(' ')
      const fast = useNativeIndices(new CucumberExpression(source, registry))
      expect(groups(fast, text)).toEqual(groups(new CucumberExpression(source, registry), text))
    }),
    { numRuns: 500 },
  )
})

test('RegExps with nested and optional groups: same arguments', () => {
  const sources = [
    /^I have (\d+) (?:red )?cats?$/,
    /^(a|an) ((\w+) (\w+))$/,
    /(\d+)?x/,
    /^"([^"]*)"(?: and "([^"]*)")?$/,
  ]
  const texts = ['I have 3 red cats', 'I have 3 cat', 'an old cat', 'x', '12x', '"a" and "b"', '"a"']
  for (const source of sources) {
    for (const text of texts) {
      const fast = useNativeIndices(new RegularExpression(source, registry))
      expect(groups(fast, text)).toEqual(groups(new RegularExpression(source, registry), text))
    }
  }
})

test('leaves stateful regexps and foreign shapes alone', () => {
  const sticky = new RegularExpression(/^a/y, registry)
  const before = (sticky as unknown as { treeRegexp: { match: unknown } }).treeRegexp.match
  expect((useNativeIndices(sticky) as unknown as { treeRegexp: { match: unknown } }).treeRegexp.match).toBe(before)
  const foreign = { match: () => null } as unknown as CucumberExpression
  expect(useNativeIndices(foreign)).toBe(foreign)
})
