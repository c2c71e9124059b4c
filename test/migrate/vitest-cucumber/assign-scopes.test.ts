// The migration scopes a definition only as far as it must: every pickle step matches exactly the
// definition it ran under vitest-cucumber, and what scopes cannot separate is reported.
import { expect, test } from 'vitest'
import {
  assignScopes,
  scopeOf,
  type Intended,
  type ScopedDefinition,
} from '../../../src/migrate/vitest-cucumber/assign-scopes.ts'
import type { FeatureIndex, PickleEntry, ScenarioEntry } from '../../../src/migrate/vitest-cucumber/feature-index.ts'

function feature(uri: string, scenarios: { name: string; line: number; rows?: number[]; steps: string[] }[]) {
  const pickles: PickleEntry[] = []
  const names = new Map<string, number>()
  for (const s of scenarios) {
    const entry: ScenarioEntry = { rule: '', name: s.name, line: s.line, outline: Boolean(s.rows) }
    names.set(s.name, (names.get(s.name) ?? 0) + 1)
    for (const line of s.rows ?? [s.line]) {
      pickles.push({
        place: { uri, name: s.name, line, scenarioLine: s.line, tags: [] },
        scenario: entry,
        steps: s.steps.map((text, i) => ({ id: `${line}-${i}`, text })),
      })
    }
  }
  const index: FeatureIndex = { uri, steps: new Map(), pickles, names }
  return index
}

function definition(expression: string, origin: string, home: string): ScopedDefinition {
  return { expression, origin, pickles: new Set(), homes: new Set([home]), level: 'none' }
}

/** Each pickle step runs the given definition; records its use. */
function run(intended: Intended, pickle: PickleEntry, ...definitions: ScopedDefinition[]) {
  intended.set(pickle, definitions)
  for (const d of definitions) d.pickles.add(pickle)
}

test('definitions nothing else would take stay unscoped', () => {
  const cart = feature('features/cart.feature', [{ name: 'Add', line: 2, steps: ['I add 2 apples'] }])
  const add = definition('I add {int} apples', 'specs/cart.ts:3', cart.uri)
  const intended: Intended = new Map()
  run(intended, cart.pickles[0]!, add)
  expect(assignScopes([add], intended)).toEqual(new Map())
  expect(scopeOf(add, new Map([[cart.uri, cart]]))).toBeUndefined()
})

test('one text with a body per feature: each is scoped to its feature', () => {
  const a = feature('features/a.feature', [{ name: 'A', line: 2, steps: ['the result is "x"'] }])
  const b = feature('features/b.feature', [{ name: 'B', line: 2, steps: ['the result is "y"'] }])
  const inA = definition('the result is {string}', 'specs/a.ts:5', a.uri)
  const inB = definition('the result is {string}', 'specs/b.ts:5', b.uri)
  const intended: Intended = new Map()
  run(intended, a.pickles[0]!, inA)
  run(intended, b.pickles[0]!, inB)
  expect(assignScopes([inA, inB], intended)).toEqual(new Map())
  const indexes = new Map([
    [a.uri, a],
    [b.uri, b],
  ])
  expect(scopeOf(inA, indexes)).toEqual([{ feature: 'features/a.feature' }])
  expect(scopeOf(inB, indexes)).toEqual([{ feature: 'features/b.feature' }])
})

test('a literal step and a parameter in one feature: the parameter is scoped to its scenarios', () => {
  const api = feature('features/api.feature', [
    { name: 'List', line: 2, steps: ['I request "GET /items"'] },
    { name: 'Create', line: 5, steps: ['I request "POST /items"'] },
    { name: 'Delete', line: 8, steps: ['I request "DELETE /items"'] },
  ])
  const literal = definition('I request "GET \\/items"', 'specs/api.ts:3', api.uri)
  const parameter = definition('I request {string}', 'specs/api.ts:9', api.uri)
  const intended: Intended = new Map()
  run(intended, api.pickles[0]!, literal)
  run(intended, api.pickles[1]!, parameter)
  run(intended, api.pickles[2]!, parameter)
  expect(assignScopes([literal, parameter], intended)).toEqual(new Map())
  expect(literal.level).toBe('none')
  expect(scopeOf(parameter, new Map([[api.uri, api]]))).toEqual([
    { feature: 'features/api.feature', scenario: ['Create', 'Delete'] },
  ])
})

test('scenarios are named when the name is theirs alone, else given by line; a single row by its line', () => {
  const f = feature('features/f.feature', [
    { name: 'Same', line: 2, steps: ['x 1'] },
    { name: 'Same', line: 5, steps: ['x 2'] },
    { name: 'Rows <n>', line: 8, rows: [12, 13], steps: ['x 3'] },
    { name: 'Other', line: 15, rows: [19, 20], steps: ['x 4'] },
  ])
  const one = definition('x {int}', 'specs/f.ts:1', f.uri)
  const other = definition('x {int}', 'specs/f.ts:9', f.uri)
  const intended: Intended = new Map()
  const [same1, same2, row1, row2, other1, other2] = f.pickles
  for (const p of [same1!, row1!, row2!, other1!]) run(intended, p, one)
  for (const p of [same2!, other2!]) run(intended, p, other)
  expect(assignScopes([one, other], intended)).toEqual(new Map())
  expect(scopeOf(one, new Map([[f.uri, f]]))).toEqual([{ feature: 'features/f.feature', scenario: [2, 8, 19] }])
  expect(scopeOf(other, new Map([[f.uri, f]]))).toEqual([{ feature: 'features/f.feature', scenario: [5, 20] }])
})

test('two definitions one scenario uses for different steps, both matching one of them, are reported', () => {
  const f = feature('features/f.feature', [
    { name: 'Mixed', line: 2, steps: ['the value is "data"', 'the value is true'] },
  ])
  const quoted = definition('the value is {string}', 'specs/f.ts:3', f.uri)
  const any = definition('the value is {}', 'specs/f.ts:4', f.uri)
  const intended: Intended = new Map()
  run(intended, f.pickles[0]!, quoted, any)
  expect(assignScopes([quoted, any], intended)).toEqual(
    new Map([
      [
        'features/f.feature',
        [
          `step "the value is "data"" (features/f.feature, scenario "Mixed") matches 'the value is {string}' ` +
            "(specs/f.ts:3), 'the value is {}' (specs/f.ts:4): one scenario uses them for different steps",
        ],
      ],
    ]),
  )
})

test('a step its spec did not define, or whose definition does not match it, is reported', () => {
  const f = feature('features/f.feature', [{ name: 'S', line: 2, steps: ['a step', 'another step'] }])
  const wrong = definition('a different step', 'specs/f.ts:3', f.uri)
  const intended: Intended = new Map([[f.pickles[0]!, [wrong, undefined]]])
  expect(assignScopes([wrong], intended).get('features/f.feature')).toEqual([
    `step "a step" (features/f.feature, scenario "S") does not match its definition 'a different step'`,
    `step "another step" (features/f.feature, scenario "S") has no step in its spec`,
  ])
})
