// The record a scenario run leaves in task meta for the reporters, taken from ScenarioRun itself:
// matches with argument groups, what steps that never ran would match, hooks and attachments.
import { expect, test } from 'vitest'
import type { FeatureData, ScenarioData } from '../../src/types/feature-data.ts'
import { eachStep, ScenarioRun } from '../../src/runtime/scenario-run.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'

function scenario(...texts: string[]): ScenarioData {
  const steps = texts.map((text, i) => ({ keyword: 'Given ', type: 'Context' as const, text, line: 3 + i }))
  return { title: 's', name: 's', keyword: 'Scenario', line: 2, scenarioLine: 2, tags: [], steps }
}

async function run(registry: SupportRegistry, data: ScenarioData) {
  const feature: FeatureData = {
    uri: 'features/x.feature',
    name: 'x',
    keyword: 'Feature',
    language: 'en',
    line: 1,
    tags: [],
    scenarios: [data],
    rules: [],
  }
  const scenarioRun = new ScenarioRun(registry, feature, data, { stepTimeout: 1000, worldParameters: {} })
  await scenarioRun.run(eachStep(data.steps.length))
  return scenarioRun.result
}

test("a step returning 'skipped' skips the scenario; the steps after it record what they would match", async () => {
  const registry = new SupportRegistry()
  registry.defineStep('I skip', () => 'skipped')
  registry.defineStep('I have {int} cukes', () => {})
  const result = await run(registry, scenario('I skip', 'I have 3 cukes', 'nothing matches this'))
  expect(result.status).toBe('skipped')
  expect(result.steps.map((s) => s.status)).toEqual(['skipped', 'skipped', 'skipped'])
  expect(result.steps[0]!.error).toBeUndefined()
  expect(result.steps[1]!.matches).toEqual([
    {
      definition: expect.objectContaining({ pattern: 'I have {int} cukes', id: expect.any(String) }),
      arguments: [{ group: { start: 7, value: '3' }, parameterTypeName: 'int' }],
    },
  ])
  expect(result.steps[2]!.matches).toEqual([])
  expect(result.startedAt).toEqual(expect.any(Number))
})

test('a definition naming an unknown parameter type is left out: its step is undefined, others still match', async () => {
  const registry = new SupportRegistry()
  registry.defineStep('{airport} is closed', () => {})
  registry.defineStep('the weather is bad', () => {})
  const result = await run(registry, scenario('the weather is bad', 'CDG is closed'))
  expect(result.steps.map((s) => s.status)).toEqual(['passed', 'undefined'])
  expect(result.steps[1]!.snippet).toContain("Given('CDG is closed'")
})

test('an ambiguous step records every candidate; attachments made in hooks name the hook', async () => {
  const registry = new SupportRegistry()
  registry.defineStep(/^a (.*)$/, () => {})
  registry.defineStep(/^a step$/, () => {})
  registry.defineHook('Before', (world: { log(text: string): void }) => world.log('from the hook'))
  const result = await run(registry, scenario('a step'))
  expect(result.steps[0]!.status).toBe('ambiguous')
  expect(result.steps[0]!.matches!.map((m) => m.definition.pattern)).toEqual(['/^a (.*)$/', '/^a step$/'])
  expect(result.hooks).toEqual([expect.objectContaining({ kind: 'Before', status: 'passed', id: expect.any(String) })])
  expect(result.attachments).toEqual([
    expect.objectContaining({ body: 'from the hook', hook: 0, step: undefined, timestamp: expect.any(Number) }),
  ])
})

test("a Before hook returning 'skipped' skips the scenario; a failing After hook still fails it", async () => {
  const registry = new SupportRegistry()
  registry.defineHook('Before', () => 'skipped')
  registry.defineStep('a step', () => {})
  const skipped = await run(registry, scenario('a step'))
  expect(skipped.status).toBe('skipped')
  expect(skipped.hooks.map((h) => [h.kind, h.status, h.error])).toEqual([['Before', 'skipped', undefined]])
  expect(skipped.steps[0]!.status).toBe('skipped')

  registry.defineHook('After', () => {
    throw new Error('whoops')
  })
  const failed = await run(registry, scenario('a step'))
  expect(failed.status).toBe('failed')
  expect(failed.hooks.map((h) => h.status)).toEqual(['skipped', 'failed'])
})
