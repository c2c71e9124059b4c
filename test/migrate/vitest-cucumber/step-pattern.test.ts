// How a vitest-cucumber step text becomes a Cucumber Expression, case by case.
import { expect, test } from 'vitest'
import { expressionColumns, placeholderType, stepPattern } from '../../../src/migrate/vitest-cucumber/step-pattern.ts'

const examples = { n: ['1', '22'], price: ['0.5', '3'], who: ['Ada', 'Bob Smith'], q: ['x'] }

test.each([
  ['I have <n> apples', 'I have {int} apples', ['n:int']],
  ['it costs <price>', 'it costs {float}', ['price:float']],
  ['hello <who>', 'hello {}', ['who:']],
  ['the "<who>" and \'<q>\'', 'the {string} and {string}', ['who:string', 'q:string']],
  ['an <unknown> placeholder', 'an <unknown> placeholder', []],
  ['a {number} and {any} and {word}', 'a {float} and {} and {wordChars}', ['0:float', '1:', '2:wordChars']],
  ['{int} (or more) a/b \\ c', '{int} \\(or more\\) a\\/b \\\\ c', ['0:int']],
  ['paid in {currency}', 'paid in {currency}', ['0:currency']],
])('%s → %s', (text, expression, params) => {
  const pattern = stepPattern(text, examples)
  expect(pattern.expression).toBe(expression)
  expect(pattern.params.map((p) => `${p.kind === 'placeholder' ? p.name : p.index}:${p.type}`)).toEqual(params)
})

test('unknown vitest-cucumber expressions are listed', () => {
  expect(stepPattern('paid in {currency}', undefined).unknown).toEqual(['{currency}'])
})

test('a column without values gives the anonymous type', () => {
  expect(placeholderType([], false)).toBe('')
})

test('a quoted placeholder whose values hold the quote keeps the quotes literal around {}', () => {
  // An Examples cell `""` makes the step text `checking if """" is valid`, which {string} cannot read.
  const pattern = stepPattern('checking if "<state>" is valid', { state: ['draft', '""'] })
  expect(pattern.expression).toBe('checking if "{}" is valid')
  expect(pattern.params).toEqual([{ kind: 'placeholder', name: 'state', type: '' }])
})

test.each([
  ['I parse route key {string}', 'I parse route key "<key>"', ['key']],
  ['{int} items of {word}', '<n> items of <kind>', ['n', 'kind']],
  ['the value is {string}', "the value is '<v>'", ['v']],
  ['from {string} to {string}', 'from "<a>-<b>" to "x"', [undefined, undefined]],
  ['a {string} step', 'another text', [undefined]],
])('expressionColumns(%s, %s)', (text, template, columns) => {
  expect(expressionColumns(text, template)).toEqual(columns)
})
