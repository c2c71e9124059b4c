import { describe, expect, test } from 'vitest'
import { ParameterType } from '@cucumber/cucumber-expressions'
import { findStep } from '../../src/runtime/find-step.ts'
import { snippet } from '../../src/runtime/snippet.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'

const noop = () => {}

describe('step matching', () => {
  test('Cucumber Expressions convert, RegExps pass strings, keywords do not matter', () => {
    const registry = new SupportRegistry()
    registry.defineStep('I have {int} {word}', noop)
    registry.defineStep(/^I paid (\d+)(?: (euros|dollars))?$/, noop)
    expect(findStep(registry, { text: 'I have 3 apples', type: 'Outcome' }, {})).toMatchObject({
      status: 'matched',
      args: [3, 'apples'],
    })
    expect(findStep(registry, { text: 'I paid 12', type: 'Context' }, {})).toMatchObject({
      status: 'matched',
      args: ['12', null],
    })
    expect(findStep(registry, { text: 'I paid 12 euros', type: 'Action' }, {})).toMatchObject({ args: ['12', 'euros'] })
    expect(findStep(registry, { text: 'nothing like it', type: 'Action' }, {})).toEqual({ status: 'undefined' })
  })

  test('two matching definitions are ambiguous', () => {
    const registry = new SupportRegistry()
    registry.defineStep('a {word}', noop)
    registry.defineStep('a thing', noop)
    const match = findStep(registry, { text: 'a thing', type: 'Context' }, {})
    expect(match.status).toBe('ambiguous')
    expect(match.status === 'ambiguous' && match.definitions.map((d) => d.patternSource)).toEqual([
      'a {word}',
      'a thing',
    ])
  })

  test('type-restricted definitions match only their step type', () => {
    const registry = new SupportRegistry()
    registry.defineStep('a thing', noop, {}, 'Context')
    expect(findStep(registry, { text: 'a thing', type: 'Context' }, {}).status).toBe('matched')
    expect(findStep(registry, { text: 'a thing', type: 'Action' }, {}).status).toBe('undefined')
  })

  test('parameter types may be defined after the steps that use them', () => {
    const registry = new SupportRegistry()
    registry.defineStep('a {color} ball', noop)
    registry.defineParameterType(
      new ParameterType('color', /red|blue/, null, (s: string) => s.toUpperCase()) as ParameterType<unknown>,
    )
    expect(findStep(registry, { text: 'a red ball', type: 'Context' }, {})).toMatchObject({ args: ['RED'] })
  })

  test('an unknown parameter type is reported when the step is looked up', () => {
    const registry = new SupportRegistry()
    registry.defineStep('a {flavour} cake', noop)
    expect(() => findStep(registry, { text: 'a lemon cake', type: 'Context' }, {})).toThrow(/Undefined parameter type/)
  })

  test('the same definition evaluated again replaces itself', () => {
    const registry = new SupportRegistry()
    for (let i = 0; i < 2; i++) registry.defineStep('once', noop)
    expect(registry.allSteps()).toHaveLength(1)
    for (let i = 0; i < 2; i++)
      registry.defineParameterType(new ParameterType('dup', /x/, null, (s: string) => s) as ParameterType<unknown>)
    expect(findStep(registry, { text: 'once', type: 'Context' }, {}).status).toBe('matched')
  })

  test('a definition without a function is refused', () => {
    const registry = new SupportRegistry()
    expect(() => registry.defineStep('x', undefined as never)).toThrow('Step "x" needs a function')
    expect(() => registry.defineHook('Before', undefined as never)).toThrow('Before hook needs a function')
  })

  test('definitions know where they were written', () => {
    const registry = new SupportRegistry()
    const definition = registry.defineStep('here', noop)
    expect(definition.location).toMatch(/^test\/runtime\/step-definition\.test\.ts:\d+$/)
  })
})

describe('snippets', () => {
  const registry = new SupportRegistry()
  test('use the best Cucumber Expression and name the parameters', () => {
    expect(
      snippet(
        { keyword: 'When ', type: 'Action', text: 'I pay 12 euros with "visa"', line: 1 },
        registry.parameterTypes,
      ),
    ).toBe(
      "When('I pay {int} euros with {string}', async (world, int, string) => {\n  // Write code here that turns the phrase above into concrete actions\n  return 'pending'\n})",
    )
  })

  test('escape quotes and backslashes, and add a doc string parameter', () => {
    const text = snippet(
      { keyword: '* ', type: 'Unknown', text: "it's a \\ path", line: 1, docString: { content: '', delimiter: '"""' } },
      registry.parameterTypes,
    )
    expect(text.split('\n')[0]).toBe("Given('it\\'s a \\\\ path', async (world, docString) => {")
  })
})
