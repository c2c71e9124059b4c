// The public API registers into the worker's registry.
import { describe, expect, test } from 'vitest'
import {
  After,
  Before,
  BeforeFeature,
  defineParameterType,
  defineTypedStep,
  Given,
  setWorldConstructor,
  World,
} from '../../src/runtime/index.ts'
import { findStep } from '../../src/runtime/find-step.ts'
import { supportRegistry } from '../../src/runtime/support-registry.ts'

describe('the brine API', () => {
  test('steps with and without options', () => {
    Given('api step {int}', () => {})
    Given('api step with timeout', { timeout: 42, origin: 'features/steps/x.py:3' }, () => {})
    Given(/^api regexp (\w+)$/, () => {})
    const registry = supportRegistry()
    expect(findStep(registry, { text: 'api step 7', type: 'Context' }, {})).toMatchObject({
      status: 'matched',
      args: [7],
    })
    const timed = findStep(registry, { text: 'api step with timeout', type: 'Context' }, {})
    expect(timed.status === 'matched' && timed.definition.options).toEqual({
      timeout: 42,
      origin: 'features/steps/x.py:3',
    })
    expect(findStep(registry, { text: 'api regexp x', type: 'Context' }, {}).status).toBe('matched')
  })

  test('typed steps match one keyword type', () => {
    defineTypedStep('Action')('api only when', () => {})
    expect(findStep(supportRegistry(), { text: 'api only when', type: 'Action' }, {}).status).toBe('matched')
    expect(findStep(supportRegistry(), { text: 'api only when', type: 'Context' }, {}).status).toBe('undefined')
  })

  test('hooks take a tag string, options, or nothing', () => {
    Before('@api', () => {})
    After({ name: 'api after', tags: '@api' }, () => {})
    BeforeFeature(() => {})
    const registry = supportRegistry()
    expect(registry.hooksOf('Before', ['@api']).map((h) => h.options.tags)).toContain('@api')
    expect(registry.hooksOf('Before', ['@other']).map((h) => h.options.tags)).not.toContain('@api')
    expect(registry.hooksOf('After', ['@api']).map((h) => h.label)).toContainEqual(
      expect.stringMatching(/^After hook "api after" \(test\/runtime\/api\.test\.ts:\d+\)$/),
    )
    expect(registry.hooksOf('BeforeFeature')).toHaveLength(1)
  })

  test('custom parameter types, with a default transformer', () => {
    defineParameterType({ name: 'api-shape', regexp: /circle|square/ })
    defineParameterType({ name: 'api-size', regexp: ['small', 'large'], transformer: (s) => s.length })
    Given('a {api-size} {api-shape}', () => {})
    expect(findStep(supportRegistry(), { text: 'a large circle', type: 'Context' }, {})).toMatchObject({
      args: [5, 'circle'],
    })
  })

  test('a custom World class', () => {
    class ShopWorld extends World {
      basket: string[] = []
    }
    setWorldConstructor(ShopWorld)
    expect(supportRegistry().worldConstructor).toBe(ShopWorld)
    setWorldConstructor(World)
  })
})
