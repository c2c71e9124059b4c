// environment.py as functions: beforeAll(context), beforeFeature(context, feature),
// beforeScenario(context, scenario), beforeStep(context, step), beforeTag(context, tag) and the
// after* ones. They run from one brine hook per kind, registered with the first behave
// definition, in behave's order: tag hooks before the feature/scenario hook, after them on the way
// out, then the layer's cleanups.
import {
  After,
  AfterAll,
  AfterFeature,
  AfterStep,
  Before,
  BeforeAll,
  BeforeFeature,
  BeforeStep,
} from '../runtime/index.js'
import { callSite } from '../runtime/call-site.js'
import { prefixMessage } from '../runtime/error-text.js'
import { PendingError } from '../runtime/errors.js'
import type { ScenarioResult, StepResult } from '../types/scenario-result.js'
import { supportRegistry } from '../runtime/support-registry.js'
import { World, type RuleInfo } from '../runtime/world.js'
import { Context } from './context.js'
import { popLayer } from './layers.js'
import type { BehaveFeature, BehaveRule, BehaveScenario, BehaveStep } from './model.js'
import {
  endFeatureLayer,
  endTestrunLayer,
  featureLayer,
  markFailed,
  switchRule,
  testrunLayer,
} from './runtime-state.js'
import type { Layer } from './layers.js'

type Hook<A extends unknown[]> = (context: Context, ...args: A) => unknown

const hooks = {
  beforeAll: [] as Hook<[]>[],
  afterAll: [] as Hook<[]>[],
  beforeFeature: [] as Hook<[BehaveFeature]>[],
  afterFeature: [] as Hook<[BehaveFeature]>[],
  beforeRule: [] as Hook<[BehaveRule]>[],
  afterRule: [] as Hook<[BehaveRule]>[],
  beforeScenario: [] as Hook<[BehaveScenario]>[],
  afterScenario: [] as Hook<[BehaveScenario]>[],
  beforeStep: [] as Hook<[BehaveStep]>[],
  afterStep: [] as Hook<[BehaveStep]>[],
  beforeTag: [] as Hook<[string]>[],
  afterTag: [] as Hook<[string]>[],
}

const sites = new Map<string, unknown>()
/** Where each hook function was defined, for its failures: brine's own hook that runs it is elsewhere. */
const definedAt = new WeakMap<object, string>()

function adder<K extends keyof typeof hooks>(kind: K) {
  return (fn: (typeof hooks)[K][number]): void => {
    if (typeof fn !== 'function') throw new TypeError(`${kind} needs a function`)
    ensureBehaveRuntime()
    if (kind === 'beforeStep' || kind === 'afterStep') ensureStepHooks()
    // Defining a hook again where it was defined (a file evaluated again) replaces it.
    const site = callSite()
    const key = `${kind}:${site.uri}:${site.line}:${site.column}`
    const list = hooks[kind] as unknown[]
    const same = list.indexOf(sites.get(key))
    if (same >= 0) list.splice(same, 1, fn)
    else list.push(fn)
    sites.set(key, fn)
    definedAt.set(fn, `${kind} (${site.uri}:${site.line})`)
  }
}

/** before_all(context): once per worker, before its first scenario; the testrun layer. */
export const beforeAll = adder('beforeAll')
/** after_all(context): when the worker ends. */
export const afterAll = adder('afterAll')
/** before_feature(context, feature): in the feature's layer. */
export const beforeFeature = adder('beforeFeature')
export const afterFeature = adder('afterFeature')
/** before_rule(context, rule) (behave 1.3): before a Rule's first scenario, in the rule's layer. */
export const beforeRule = adder('beforeRule')
/** after_rule(context, rule): after a Rule's last scenario, before its layer's cleanups. */
export const afterRule = adder('afterRule')
/** before_scenario(context, scenario): in the scenario's layer; what it sets is gone after the scenario. */
export const beforeScenario = adder('beforeScenario')
export const afterScenario = adder('afterScenario')
/** before_step(context, step), also for steps run by executeSteps. */
export const beforeStep = adder('beforeStep')
/** after_step(context, step): `step.status` says how it ended. */
export const afterStep = adder('afterStep')
/** before_tag(context, tag): for each feature tag before beforeFeature, each scenario tag before beforeScenario. */
export const beforeTag = adder('beforeTag')
export const afterTag = adder('afterTag')

async function run<A extends unknown[]>(list: Hook<A>[], context: Context, ...args: A): Promise<void> {
  for (const fn of [...list]) {
    try {
      await fn(context, ...args)
    } catch (error) {
      // A skip or pending signal is no failure to locate.
      if (error instanceof PendingError) throw error
      throw prefixMessage(error, `${definedAt.get(fn) ?? 'hook'}: `)
    }
  }
}

/** Runs the afterStep-style hooks all, then rethrows the first failure (after hooks always run). */
async function runAll(calls: (() => Promise<void>)[]): Promise<void> {
  let first: unknown
  let failed = false
  for (const call of calls) {
    try {
      await call()
    } catch (error) {
      if (!failed) {
        first = error
        failed = true
      }
    }
  }
  if (failed) throw first
}

let installed = false

/** Makes Context the World and registers the brine hooks that run environment hooks and cleanups. */
export function ensureBehaveRuntime(): void {
  const registry = supportRegistry()
  if (registry.worldConstructor === World) registry.worldConstructor = Context
  if (installed) return
  installed = true
  BeforeAll(async () => {
    await run(hooks.beforeAll, Context.forLayers([testrunLayer()]))
  })
  AfterAll(async () => {
    const context = Context.forLayers([testrunLayer()])
    await runAll([() => run(hooks.afterAll, context), () => endTestrunLayer()])
  })
  BeforeFeature(async (info) => {
    const layer = featureLayer(info)
    const context = Context.forLayers([layer, testrunLayer()])
    const feature = layer.values.feature as BehaveFeature
    for (const tag of feature.tags) await run(hooks.beforeTag, context, tag)
    await run(hooks.beforeFeature, context, feature)
  })
  AfterFeature(async (info) => {
    const layer = featureLayer(info)
    const context = Context.forLayers([layer, testrunLayer()])
    const feature = layer.values.feature as BehaveFeature
    await runAll([
      () => enterRule(info.uri, undefined),
      () => run(hooks.afterFeature, context, feature),
      ...feature.tags.map((tag) => () => run(hooks.afterTag, context, tag)),
      () => endFeatureLayer(info.uri),
    ])
  })
  Before(async (world, { result }) => {
    const context = world as unknown as Context
    const scenario = context.scenario as BehaveScenario
    await enterRule(result.uri, scenario.rule)
    for (const tag of scenario.tags) await run(hooks.beforeTag, context, tag)
    await run(hooks.beforeScenario, context, scenario)
  })
  After(async (world, { result }) => {
    const context = world as unknown as Context
    const scenario = context.scenario as BehaveScenario
    scenario.status = behaveStatus(result)
    if (scenario.status === 'failed') markFailed(Context.layersOf(context))
    await runAll([
      () => run(hooks.afterScenario, context, scenario),
      ...scenario.tags.map((tag) => () => run(hooks.afterTag, context, tag)),
      () => popLayer(Context.layersOf(context)[0]!),
    ])
  })
}

/** Leaves the rule that ran last in the feature file (after_rule, cleanups) and enters the scenario's. */
async function enterRule(uri: string, rule: RuleInfo | undefined): Promise<void> {
  const { previous, next } = switchRule(uri, rule)
  const around = (layer: Layer) => Context.forLayers([layer, featureLayer({ name: '', uri, tags: [] }), testrunLayer()])
  if (previous) {
    const context = around(previous)
    const model = previous.values.rule as BehaveRule
    await runAll([
      () => run(hooks.afterRule, context, model),
      ...model.tags.map((tag) => () => run(hooks.afterTag, context, tag)),
      () => popLayer(previous),
    ])
  }
  if (next) {
    const context = around(next)
    const model = next.values.rule as BehaveRule
    for (const tag of model.tags) await run(hooks.beforeTag, context, tag)
    await run(hooks.beforeRule, context, model)
  }
}

let stepHooksInstalled = false

/** Step hooks cost a record per step in every report: registered only once beforeStep/afterStep is used. */
function ensureStepHooks(): void {
  if (stepHooksInstalled) return
  stepHooksInstalled = true
  BeforeStep(async (world, { result }) => {
    const context = world as unknown as Context
    await run(hooks.beforeStep, context, currentStep(context, result.steps))
  })
  AfterStep(async (world, { result }) => {
    const context = world as unknown as Context
    await run(hooks.afterStep, context, currentStep(context, result.steps, outcomes.get(context)))
  })
}

/** behave's Scenario.status from brine's result: passed, failed, undefined or skipped. */
function behaveStatus(result: ScenarioResult): BehaveScenario['status'] {
  const status = result.status
  if (status === 'passed' || status === 'failed' || status === 'undefined') return status
  return status === 'ambiguous' ? 'failed' : 'skipped'
}

export interface StepOutcome {
  status: 'passed' | 'failed' | 'skipped'
  error?: unknown
}

const outcomes = new WeakMap<object, StepOutcome>()

/** Remembers how the step a behave definition ran ended, for afterStep's `step.status`. */
export function recordStepOutcome(context: object, outcome: StepOutcome): void {
  outcomes.set(context, outcome)
}

/** The step around which a step hook runs: the first that has not passed yet. */
function currentStep(context: Context, steps: StepResult[], outcome?: StepOutcome): BehaveStep {
  const index = Math.max(
    0,
    steps.findIndex((s) => s.status === 'skipped'),
  )
  let type: BehaveStep['step_type'] = 'given'
  for (const s of steps.slice(0, index + 1)) {
    const keyword = s.keyword.trim().toLowerCase()
    if (keyword === 'given' || keyword === 'when' || keyword === 'then') type = keyword
    else if (keyword === '*') type = 'given'
  }
  const step = steps[index]!
  return stepModel(context, step.keyword, step.text, step.line, type, outcome)
}

/** behave's Step as hooks see it, for feature steps and for steps run by executeSteps. */
export function stepModel(
  context: Context,
  keyword: string,
  text: string,
  line: number,
  type: BehaveStep['step_type'],
  outcome?: StepOutcome,
): BehaveStep {
  return {
    keyword: keyword.trim(),
    name: text,
    step_type: type,
    line,
    table: context.table ?? null,
    text: context.text ?? null,
    status: outcome?.status ?? 'untested',
    error_message: outcome?.error ? String((outcome.error as Error).message ?? outcome.error) : null,
  }
}

/** behave hooks for steps run by executeSteps. */
export function stepHooks(): { before: Hook<[BehaveStep]>[]; after: Hook<[BehaveStep]>[] } {
  return { before: hooks.beforeStep, after: hooks.afterStep }
}
