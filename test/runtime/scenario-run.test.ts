// ScenarioRun in-process: any World works, step hooks learn which step they run around and how it
// ended, After hooks learn the error and whether the scenario runs again, a dry run matches without
// running, and RegExp groups can go through their parameter types as in cucumber-js.
import { expect, test } from 'vitest'
import type { FeatureData, ScenarioData } from '../../src/types/feature-data.ts'
import { eachStep, ScenarioRun, type RunSettings, type ScenarioHookArg } from '../../src/runtime/scenario-run.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'

function scenario(...texts: string[]): ScenarioData {
  const steps = texts.map((text, i) => ({ keyword: 'Given ', type: 'Context' as const, text, line: 3 + i }))
  return { title: 's', name: 's', keyword: 'Scenario', line: 2, scenarioLine: 2, tags: [], steps }
}

async function run(registry: SupportRegistry, data: ScenarioData, settings: Partial<RunSettings> = {}) {
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
  const scenarioRun = new ScenarioRun(registry, feature, data, { stepTimeout: 1000, worldParameters: {}, ...settings })
  await scenarioRun.run(eachStep(data.steps.length))
  return scenarioRun
}

test('a plain constructor function is a World: brine calls no method of it', async () => {
  const registry = new SupportRegistry()
  function PlainWorld(this: { count: number }) {
    this.count = 0
  }
  registry.worldConstructor = PlainWorld as unknown as SupportRegistry['worldConstructor']
  registry.defineStep('I count', function (this: { count: number }) {
    this.count++
  })
  registry.defineStep('the count is {int}', (world: { count: number }, n: number) => expect(world.count).toBe(n))
  const { result } = await run(registry, scenario('I count', 'I count', 'the count is 2'))
  expect(result.status).toBe('passed')
})

test('step hooks learn the step and, after it, how it ended; a failing BeforeStep hook stops the step', async () => {
  const registry = new SupportRegistry()
  const seen: unknown[] = []
  let ran = 0
  registry.defineStep('a step', () => void ran++)
  registry.defineStep('a failing step', () => {
    throw new Error('nope')
  })
  registry.defineHook('BeforeStep', (_world: unknown, arg: ScenarioHookArg) => seen.push(['before', arg.step]))
  registry.defineHook('AfterStep', (_world: unknown, arg: ScenarioHookArg) =>
    seen.push(['after', arg.step?.index, arg.step?.status, (arg.step?.error as Error | undefined)?.message]),
  )
  const { result } = await run(registry, scenario('a step', 'a failing step'))
  expect(result.status).toBe('failed')
  expect(seen).toEqual([
    ['before', { index: 0 }],
    ['after', 0, 'passed', undefined],
    ['before', { index: 1 }],
    ['after', 1, 'failed', 'nope'],
  ])

  registry.defineHook('BeforeStep', () => {
    throw new Error('hook broke')
  })
  ran = 0
  seen.length = 0
  const stopped = await run(registry, scenario('a step'))
  expect(ran).toBe(0)
  expect(stopped.result.status).toBe('failed')
  expect(stopped.result.steps[0]!.status).toBe('skipped')
  expect((stopped.error as Error).message).toContain('hook broke')
  expect(seen.at(-1)).toEqual(['after', 0, 'skipped', undefined])
})

test('After hooks get the error the scenario failed with and whether it will run again', async () => {
  const registry = new SupportRegistry()
  const seen: unknown[] = []
  registry.defineStep('a failing step', () => {
    throw new Error('nope')
  })
  registry.defineHook('After', (_world: unknown, arg: ScenarioHookArg) =>
    seen.push([(arg.error as Error).message.split('\n')[0], arg.willBeRetried, arg.language]),
  )
  await run(registry, scenario('a failing step'), { retriesLeft: 1 })
  await run(registry, scenario('a failing step'), { retriesLeft: 0 })
  expect(seen).toEqual([
    ['nope', true, 'en'],
    ['nope', false, 'en'],
  ])
})

test('a dry run matches every step and runs none: the worst status is the outcome', async () => {
  const registry = new SupportRegistry()
  let ran = 0
  registry.defineStep('a step', () => void ran++)
  registry.defineStep(/^twice$/, () => void ran++)
  registry.defineStep(/^twi(c)e$/, () => void ran++)
  registry.defineHook('Before', () => void ran++)
  const skipped = await run(registry, scenario('a step', 'a step'), { dryRun: true })
  expect(skipped.result.status).toBe('skipped')
  expect(skipped.result.steps.map((s) => s.status)).toEqual(['skipped', 'skipped'])
  const worst = await run(registry, scenario('a step', 'not defined', 'twice'), { dryRun: true })
  expect(worst.result.steps.map((s) => s.status)).toEqual(['skipped', 'undefined', 'ambiguous'])
  expect(worst.result.status).toBe('ambiguous')
  expect(ran).toBe(0)
})

test('RegExp groups arrive as text, or through the parameter type their regexp names when asked', async () => {
  const registry = new SupportRegistry()
  const seen: unknown[] = []
  registry.defineStep(/^(\d+) as text$/, (_world: unknown, n: unknown) => void seen.push(n))
  registry.defineStep(/^(\d+) typed$/, (_world: unknown, n: unknown) => void seen.push(n), { typedRegExpGroups: true })
  await run(registry, scenario('12 as text', '12 typed'))
  expect(seen).toEqual(['12', 12])
})
