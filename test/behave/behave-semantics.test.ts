// behave 1.2.6's runtime where it differs from a plain World: `context.failed` per feature (never
// depending on the order features run in), executeSteps in the feature's language, the settings
// and set-up methods of `context.config`, and a clear error for behave's internal `_runner`.
import { afterAll, describe, expect, test } from 'vitest'
import {
  afterAll as behaveAfterAll,
  beforeAll,
  beforeScenario,
  BehaveConfig,
  given,
  setBehaveVersion,
  type Context,
} from 'brine/behave'
import { buildFeatureData } from '../../src/compile/build-feature-data.ts'
import { parseFeature } from '../../src/compile/parse-feature.ts'
import type { FeatureData } from '../../src/types/feature-data.ts'
import { endWorker, runFeature } from './in-process.ts'

setBehaveVersion('1.2')
const seen: string[] = []
let configSeen: BehaveConfig | undefined
let failedAtEnd: unknown

beforeAll((context) => {
  context.config.setup_logging()
  context.config.setup_logging('DEBUG')
  configSeen = context.config
})
behaveAfterAll((context) => {
  failedAtEnd = context.failed
})
given('it fails', () => {
  throw new Error('boom')
})
given('context.failed is read in {name}', (context, args) => {
  seen.push(`${args.name}: ${String(context.failed)}`)
})
given('wir haben {n:d} Äpfel', (context, args) => {
  context.apples = args.n
})
given('the German sub-steps run', async (context: Context) => {
  await context.execute_steps('Angenommen wir haben 3 Äpfel\nUND wir haben 4 Äpfel')
  seen.push(`apples: ${context.apples}`)
})
beforeScenario((context) => {
  if (context.scenario.tags.includes('runner')) return context._runner.aborted as unknown
})
given('the runner is reached', (context: Context) => {
  return context._runner.step_registry as unknown
})

const read = (uri: string, source: string): FeatureData =>
  buildFeatureData(parseFeature(source, uri, 'en', undefined, 'behave'), 'behave')!

afterAll(() => endWorker())

describe('context.failed', () => {
  test('a scenario sees the failures of its own feature only, whatever ran before; afterAll sees the worker’s', async () => {
    // z-first.feature runs first here, as a worker may take it; behave would run it last.
    const first = read(
      'features/z-first.feature',
      'Feature: z\n  Scenario: bad\n    Given it fails\n  Scenario: after\n    Given context.failed is read in z\n',
    )
    const second = read(
      'features/a-second.feature',
      'Feature: a\n  Scenario: fresh\n    Given context.failed is read in a\n',
    )
    const results = [...(await runFeature(first)), ...(await runFeature(second))]
    expect(results.map((r) => r.status)).toEqual(['failed', 'passed', 'passed'])
    expect(seen.splice(0)).toEqual(['z: true', 'a: false'])
    await endWorker()
    expect(failedAtEnd).toBe(true)
  })
})

describe('context.execute_steps', () => {
  test('reads the steps in the feature’s language, keywords in any case', async () => {
    const feature = read(
      'features/de.feature',
      '# language: de\nFunktionalität: f\n  Szenario: s\n    Angenommen the German sub-steps run\n',
    )
    expect(feature.stepKeywords?.given).toContain('Angenommen')
    const [result] = await runFeature(feature)
    expect(result!.status).toBe('passed')
    expect(seen.splice(0)).toEqual(['apples: 4'])
  })

  test('an English feature keeps English keywords', async () => {
    const feature = read('features/en.feature', 'Feature: f\n  Scenario: s\n    Given the German sub-steps run\n')
    const [result] = await runFeature(feature)
    expect(result!.status).toBe('failed')
    expect(result!.steps[0]!.error?.message).toContain("Not a step: 'Angenommen wir haben 3 Äpfel'")
  })
})

describe('context.config', () => {
  test('is behave’s Configuration: userdata, behave’s defaults, and set-up methods that let before_all run on', () => {
    expect(configSeen).toBeInstanceOf(BehaveConfig)
    expect(configSeen!.logging_level).toBe(10)
    expect(configSeen!.userdata.get('missing', 'x')).toBe('x')
    expect([configSeen!.dry_run, configSeen!.stop, configSeen!.steps_dir]).toEqual([false, false, 'steps'])
    expect(configSeen!.exclude('features/a.feature')).toBe(false)
  })
})

describe('context._runner', () => {
  test('fails the step with an error that names what was reached', async () => {
    const feature = read('features/runner.feature', 'Feature: f\n  Scenario: s\n    Given the runner is reached\n')
    const [result] = await runFeature(feature)
    expect(result!.status).toBe('failed')
    expect(result!.steps[0]!.error?.message).toMatch(/^context\._runner\.step_registry: behave's Runner is internal/)
  })
})

describe('a failing environment hook', () => {
  test('is named with the file and line that define it', async () => {
    const feature = read('features/hook.feature', 'Feature: f\n  @runner\n  Scenario: s\n    Given it fails\n')
    const [result] = await runFeature(feature)
    expect(result!.status).toBe('failed')
    const messages = JSON.stringify(result)
    expect(messages).toMatch(
      /beforeScenario \(test\/behave\/behave-semantics\.test\.ts:\d+\): context\._runner\.aborted/,
    )
  })
})
