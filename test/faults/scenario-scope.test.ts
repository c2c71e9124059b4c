// In-process checks of fault attribution: errors that escape their step, process.exit, and
// rejections that arrive after their scenario ended.
import { afterEach, describe, expect, test } from 'vitest'
import type { FeatureData, ScenarioData } from '../../src/types/feature-data.ts'
import { eachStep, ScenarioRun } from '../../src/runtime/scenario-run.ts'
import { currentScenarioScope, ProcessExitError, runInScenarioScope } from '../../src/runtime/scenario-scope.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'
import type { AnyStepFn } from '../../src/runtime/step-definition.ts'
import { prefixMessage, suffixMessage } from '../../src/runtime/error-text.ts'

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function scenarioOf(steps: Record<string, AnyStepFn>): { run: ScenarioRun; go: () => Promise<void> } {
  const registry = new SupportRegistry()
  for (const [text, fn] of Object.entries(steps)) registry.defineStep(text, fn)
  const scenario: ScenarioData = {
    title: 'stray',
    name: 'stray',
    keyword: 'Scenario',
    line: 3,
    scenarioLine: 3,
    tags: [],
    steps: Object.keys(steps).map((text, i) => ({ keyword: 'Given ', type: 'Context' as const, text, line: 4 + i })),
  }
  const feature: FeatureData = {
    uri: 'features/stray.feature',
    name: 'Stray',
    keyword: 'Feature',
    language: 'en',
    line: 1,
    tags: [],
    scenarios: [scenario],
    rules: [],
  }
  const run = new ScenarioRun(registry, feature, scenario, { stepTimeout: 2000, worldParameters: {} })
  const calls = eachStep(scenario.steps.length)
  return { run, go: () => run.run(calls) }
}

describe('an error thrown outside its step while the scenario runs', () => {
  test('fails the waiting step at once, naming the scenario', async () => {
    const { run, go } = scenarioOf({
      'a timer throws': async () => {
        setTimeout(() => {
          throw new Error('timer failure')
        }, 1)
        await sleep(1500)
      },
      'never reached': () => {},
    })
    const started = performance.now()
    await go()
    expect(performance.now() - started).toBeLessThan(1000)
    expect(run.result.status).toBe('failed')
    expect(run.result.steps.map((s) => s.status)).toEqual(['failed', 'skipped'])
    expect(String(run.error)).toContain('timer failure\n    (thrown outside its step, in scenario "stray"')
  })

  test('between two awaits of user code it still fails the scenario', async () => {
    const { run } = scenarioOf({})
    run.interrupt(new Error('stray'))
    expect(run.result.status).toBe('failed')
  })
})

describe('process.exit inside a scenario', () => {
  test('throws, and fails the scenario even when the step swallows it', async () => {
    const { run, go } = scenarioOf({
      'exits quietly': () => {
        try {
          process.exit(4)
        } catch (error) {
          expect(error).toBeInstanceOf(ProcessExitError)
        }
      },
    })
    await go()
    expect(run.result.status).toBe('failed')
    expect(String(run.error)).toContain('process.exit(4) was called in scenario "stray" (features/stray.feature:3)')
  })

  test('after the scenario ended it still throws, naming the scenario', async () => {
    const scope = { label: '"done"', interrupt: undefined }
    await runInScenarioScope(scope, async () => {
      expect(currentScenarioScope()).toBe(scope)
      expect(() => process.exit()).toThrow('process.exit() was called in scenario "done"')
    })
  })
})

describe('a rejection that arrives after its scenario ended', () => {
  const seen: unknown[] = []
  const listener = (error: unknown) => void seen.push(error)
  afterEach(() => void process.off('unhandledRejection', listener))

  test('reaches the other listeners, naming the scenario that started it', async () => {
    // A second listener stands for Vitest's; the stray error must reach it.
    process.on('unhandledRejection', listener)
    const { run, go } = scenarioOf({
      'rejects later': () => {
        setTimeout(() => void Promise.reject(new Error('late')), 5)
      },
    })
    await go()
    expect(run.result.status).toBe('passed')
    await sleep(50)
    expect(seen).toHaveLength(1)
    expect(String(seen[0])).toContain(
      'late\n    (started by scenario "stray" (features/stray.feature:3), after it had finished)',
    )
  })

  test('outside any scenario it is passed on untouched', async () => {
    process.on('unhandledRejection', listener)
    seen.length = 0
    setTimeout(() => void Promise.reject(new Error('no scenario')), 1)
    await sleep(30)
    expect(seen.map(String)).toEqual(['Error: no scenario'])
  })
})

describe('a hook that cannot start its scenarios', () => {
  test('blocked() fails the scenario and leaves its steps skipped', () => {
    const { run } = scenarioOf({ 'a step': () => {} })
    run.blocked(new Error('BeforeAll hook failed'))
    expect(run.result.status).toBe('failed')
    expect(run.result.steps[0]!.status).toBe('skipped')
  })
})

describe('error text', () => {
  test('prefix and suffix change the message and the stack alike', () => {
    const error = prefixMessage(suffixMessage(new Error('boom'), ' (here)'), 'Hook failed: ')
    expect(error.message).toBe('Hook failed: boom (here)')
    expect(error.stack!.split('\n')[0]).toBe('Error: Hook failed: boom (here)')
  })

  test('an empty message, and values that are not errors', () => {
    expect(prefixMessage(new Error(), 'Hook failed').stack!.split('\n')[0]).toBe('Error: Hook failed')
    expect(suffixMessage('text', '!')).toBe('text')
  })
})
