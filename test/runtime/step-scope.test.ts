// Scoped definitions: what a scope takes in, and how the lookup judges matches by it.
import { describe, expect, test } from 'vitest'
import { findStep } from '../../src/runtime/find-step.ts'
import { plannedMatches } from '../../src/runtime/planned-matches.ts'
import { describeScope, globRegExp, scopeTest, type ScenarioPlace } from '../../src/runtime/step-scope.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'

const place = (overrides: Partial<ScenarioPlace> = {}): ScenarioPlace => ({
  uri: 'features/cart/pay.feature',
  name: 'Pay by card',
  line: 12,
  scenarioLine: 12,
  tags: ['@shop'],
  ...overrides,
})

describe('globRegExp', () => {
  test.each([
    ['features/a.feature', 'features/a.feature', true],
    ['features/a.feature', 'features/ab.feature', false],
    ['features/*.feature', 'features/a.feature', true],
    ['features/*.feature', 'features/cart/a.feature', false],
    ['features/**/*.feature', 'features/a.feature', true],
    ['features/**/*.feature', 'features/cart/deep/a.feature', true],
    ['features/**', 'features/cart/a.feature', true],
    ['./features/?.feature', 'features/a.feature', true],
    ['features/{cart,shop}/*.feature', 'features/shop/a.feature', true],
    ['features/{cart,shop}/*.feature', 'features/stock/a.feature', false],
    ['features/a+b (1).feature', 'features/a+b (1).feature', true],
  ])('%s on %s: %s', (glob, uri, expected) => {
    expect(globRegExp(glob).test(uri)).toBe(expected)
  })

  test('an unclosed brace is an error', () => {
    expect(() => globRegExp('features/{a,b.feature')).toThrow('Unclosed { in the scope glob features/{a,b.feature')
  })
})

describe('scopeTest', () => {
  test('no scope applies everywhere, even where the place is not known', () => {
    expect(scopeTest(undefined)(undefined)).toBe(true)
    expect(scopeTest(undefined)(place())).toBe(true)
  })

  test('a scope applies only where the place is known and inside it', () => {
    expect(scopeTest({ tags: '@shop' })(undefined)).toBe(false)
    expect(scopeTest({ tags: '@shop' })(place())).toBe(true)
  })

  test('criteria of one scope must all hold; a list is any of its scopes', () => {
    const both = scopeTest({ feature: 'features/cart/**', tags: '@admin' })
    expect(both(place())).toBe(false)
    expect(both(place({ tags: ['@admin'] }))).toBe(true)
    const either = scopeTest([{ feature: 'features/stock/**' }, { tags: '@shop and not @slow' }])
    expect(either(place())).toBe(true)
    expect(either(place({ tags: ['@shop', '@slow'] }))).toBe(false)
    expect(either(place({ uri: 'features/stock/count.feature', tags: [] }))).toBe(true)
  })

  test('scenarios by name, by their own line, or by an Examples row line', () => {
    expect(scopeTest({ scenario: 'Pay by card' })(place())).toBe(true)
    expect(scopeTest({ scenario: ['Refund', 'Pay by card'] })(place())).toBe(true)
    expect(scopeTest({ scenario: 'Pay' })(place())).toBe(false)
    const row = place({ line: 20, scenarioLine: 15 })
    expect(scopeTest({ scenario: 15 })(row)).toBe(true)
    expect(scopeTest({ scenario: 20 })(row)).toBe(true)
    expect(scopeTest({ scenario: 21 })(row)).toBe(false)
  })

  test('a malformed scope is a clear error', () => {
    expect(() => scopeTest({ features: 'x' } as never)).toThrow(
      'Unknown step scope field features: use feature, scenario or tags',
    )
    expect(() => scopeTest({ scenario: 1.5 })).toThrow('A scope scenario is a name or a line number, got 1.5')
    expect(() => scopeTest({ feature: '' })).toThrow('A scope feature is a non-empty glob string')
    expect(() => scopeTest({ tags: '@a and' })).toThrow()
  })
})

test('describeScope says what a report shows', () => {
  expect(describeScope({ feature: ['features/a.feature', 'features/b/**'], scenario: ['Pay', 12] })).toBe(
    'feature features/a.feature or features/b/**, scenario "Pay" or line 12',
  )
  expect(describeScope([{ tags: '@x' }, {}])).toBe('tags @x; or everywhere')
})

describe('findStep with scoped definitions', () => {
  const registry = () => {
    const r = new SupportRegistry()
    r.defineStep('I pay', () => 'unscoped')
    r.defineStep('I pay {int} euros', () => {}, { scope: { feature: 'features/cart/**' } })
    r.defineStep('I pay 10 euros', () => {}, { scope: { scenario: 'Refund' } })
    r.defineStep('I pay 10 euros', () => {}, { scope: { tags: '@cash' } })
    return r
  }

  test('only definitions in scope are candidates, so one text can have a body per place', () => {
    const r = registry()
    const at = (p: ScenarioPlace) => findStep(r, { text: 'I pay 10 euros', type: 'Action', scenario: p }, {})
    const card = at(place())
    expect(card.status === 'matched' && card.definition.patternSource).toBe('I pay {int} euros')
    const refund = at(place({ uri: 'features/refund.feature', name: 'Refund' }))
    expect(refund.status === 'matched' && refund.definition.options.scope).toEqual({ scenario: 'Refund' })
  })

  test('ambiguity is judged among the definitions in scope', () => {
    const cash = place({ tags: ['@cash'] })
    const both = findStep(registry(), { text: 'I pay 10 euros', type: 'Action', scenario: cash }, {})
    expect(both.status === 'ambiguous' && both.definitions.map((d) => d.scopeText)).toEqual([
      'feature features/cart/**',
      'tags @cash',
    ])
  })

  test('a step outside every scope is undefined and learns where its text is defined', () => {
    const nowhere = findStep(registry(), { text: 'I pay 10 euros', type: 'Action', scenario: place({ uri: 'x' }) }, {})
    expect(nowhere.status).toBe('undefined')
    expect(nowhere.status === 'undefined' && nowhere.elsewhere?.map((d) => d.scopeText)).toEqual([
      'feature features/cart/**',
      'scenario "Refund"',
      'tags @cash',
    ])
    // Without a place (a caller that cannot tell), only unscoped definitions apply.
    expect(findStep(registry(), { text: 'I pay', type: 'Action' }, {}).status).toBe('matched')
    expect(findStep(registry(), { text: 'I pay 10 euros', type: 'Action' }, {}).status).toBe('undefined')
  })

  test('planned matches of steps that did not run follow the same scopes', () => {
    const step = { keyword: 'When ', type: 'Action' as const, text: 'I pay 10 euros', line: 3 }
    expect(plannedMatches(registry(), step, place()).map((m) => m.definition.scope)).toEqual([
      'feature features/cart/**',
    ])
  })

  test('a malformed scope fails where the definition is written', () => {
    expect(() => new SupportRegistry().defineStep('x', () => {}, { scope: { tag: '@a' } as never })).toThrow(
      /^Step "x" \(test\/runtime\/step-scope\.test\.ts:\d+\): Unknown step scope field tag/,
    )
  })

  test('the same call site with different scopes keeps every definition', () => {
    const r = new SupportRegistry()
    for (const name of ['A', 'B']) r.defineStep('same', () => name, { scope: { scenario: name } })
    expect(r.allSteps()).toHaveLength(2)
  })
})
