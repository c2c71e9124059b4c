// brine's worker-side API: what step files import from 'brine'.
import './defer-regexp-tree.js'
import { ParameterType } from '@cucumber/cucumber-expressions'
import type { ExpressionParams, RegExpParams, StepArgument } from './expression-types.js'
import type { StepKeywords, StepType } from '../types/feature-data.js'
import type { HookOptions } from './hook-definition.js'
import type { StepMatcher, StepOptions } from './step-definition.js'
import { supportRegistry } from './support-registry.js'
import type { World, WorldConstructor } from './world.js'
import type { ScenarioHookArg } from './scenario-run.js'
import type { RunContext } from './worker-hooks.js'

export { DataTable } from './data-table.js'
export { DocString } from './doc-string.js'
export { pending, PendingError } from './errors.js'
export { World } from './world.js'
export { workerId, workerTmpDir } from './worker.js'
export type { ScenarioInfo, WorldOptions, WorldConstructor } from './world.js'
export type { ParameterTypes, ExpressionParams, StepArgument } from './expression-types.js'
export type { HookOptions } from './hook-definition.js'
export type { ScenarioHookArg, StepHookInfo } from './scenario-run.js'
export type { RunContext } from './worker-hooks.js'
export type { StepMatcher, StepOptions } from './step-definition.js'
export type { StepScope } from './step-scope.js'
export type * from '../types/scenario-result.js'
export type { BrineTaskMeta } from '../types/task-meta.js'
export type { FeatureData, ScenarioData, StepData, RuleData, DocStringData } from '../types/feature-data.js'

/** The World type step functions receive; augment `CustomWorld` to type your own World class. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface CustomWorld {}
export type StepWorld = keyof CustomWorld extends never ? World : CustomWorld[keyof CustomWorld]

// Method syntax keeps parameters bivariant, so `(world: MyWorld, ...)` is accepted.
type StepFn<W, Args extends unknown[]> = {
  step(this: W, world: W, ...args: [...Args, StepArgument]): unknown
}['step']
type LooseStepFn<W> = { step(this: W, world: W, ...args: RegExpParams): unknown }['step']

export interface DefineStep {
  <const S extends string, W = StepWorld>(pattern: S, fn: StepFn<W, ExpressionParams<S>>): void
  <const S extends string, W = StepWorld>(pattern: S, options: StepOptions, fn: StepFn<W, ExpressionParams<S>>): void
  <W = StepWorld>(pattern: RegExp | StepMatcher, fn: LooseStepFn<W>): void
  <W = StepWorld>(pattern: RegExp | StepMatcher, options: StepOptions, fn: LooseStepFn<W>): void
}

function stepDefiner(stepType?: StepType): DefineStep {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return ((pattern: string | RegExp | StepMatcher, optionsOrFn: any, maybeFn?: any) => {
    const [options, fn] = typeof optionsOrFn === 'function' ? [{}, optionsOrFn] : [optionsOrFn ?? {}, maybeFn]
    supportRegistry().defineStep(pattern, fn, options, stepType)
  }) as DefineStep
}

/** Defines a step. Given, When, Then and Step are the same: matching ignores the keyword. */
export const Given: DefineStep = stepDefiner()
export const When: DefineStep = Given
export const Then: DefineStep = Given
export const Step: DefineStep = Given

/** Defines a step that matches only steps of one type (Given/When/Then), as behave does. */
export function defineTypedStep(type: 'Context' | 'Action' | 'Outcome'): DefineStep {
  return stepDefiner(type)
}

export interface FeatureInfo {
  name: string
  uri: string
  tags: readonly string[]
  /** The feature's Gherkin language. */
  language?: string
  /** Its step keywords when behave's dialect read a non-English feature (for steps run from text). */
  stepKeywords?: StepKeywords
}

type ScenarioHookFn<W> = { hook(this: W, world: W, arg: ScenarioHookArg): unknown }['hook']
type FeatureHookFn = (feature: FeatureInfo) => unknown
type WorkerHookFn = (context: RunContext) => unknown

/** A hook definer: options (or a tag expression) are optional. Declared, so StepWorld stays lazy in .d.ts. */
export interface DefineHook<F> {
  (fn: F): void
  (options: HookOptions | string, fn: F): void
}

function hookDefiner<F>(kind: Parameters<ReturnType<typeof supportRegistry>['defineHook']>[0]): DefineHook<F> {
  return (optionsOrFn: HookOptions | string | F, maybeFn?: F): void => {
    const [options, fn] =
      typeof optionsOrFn === 'function'
        ? [{}, optionsOrFn]
        : [typeof optionsOrFn === 'string' ? { tags: optionsOrFn } : optionsOrFn, maybeFn]
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    supportRegistry().defineHook(kind, fn as any, options as HookOptions)
  }
}

/** Runs before each scenario (whose tags match `tags`, if given). */
export const Before: DefineHook<ScenarioHookFn<StepWorld>> = hookDefiner('Before')
/** Runs after each scenario, even when a step or Before hook failed; in reverse order of definition. */
export const After: DefineHook<ScenarioHookFn<StepWorld>> = hookDefiner('After')
export const BeforeStep: DefineHook<ScenarioHookFn<StepWorld>> = hookDefiner('BeforeStep')
export const AfterStep: DefineHook<ScenarioHookFn<StepWorld>> = hookDefiner('AfterStep')
/** Once per feature file, before its first scenario. */
export const BeforeFeature: DefineHook<FeatureHookFn> = hookDefiner('BeforeFeature')
export const AfterFeature: DefineHook<FeatureHookFn> = hookDefiner('AfterFeature')
/** Once per worker, before the first scenario it runs; receives `{ parameters }` (worldParameters). */
export const BeforeAll: DefineHook<WorkerHookFn> = hookDefiner('BeforeAll')
/** Once per worker, when it ends. */
export const AfterAll: DefineHook<WorkerHookFn> = hookDefiner('AfterAll')

export interface ParameterTypeDefinition<T> {
  name: string
  regexp: RegExp | string | readonly (RegExp | string)[]
  /** Converts the matched groups; `this` is the scenario's World. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  transformer?: (this: any, ...match: string[]) => T | PromiseLike<T>
  useForSnippets?: boolean
  preferForRegexpMatch?: boolean
}

/** Adds a custom parameter type usable as `{name}` in Cucumber Expressions. */
export function defineParameterType<T>(definition: ParameterTypeDefinition<T>): void {
  supportRegistry().defineParameterType(
    new ParameterType(
      definition.name,
      definition.regexp as RegExp,
      null,
      definition.transformer ?? ((...match: string[]) => match[0] as T),
      definition.useForSnippets ?? true,
      definition.preferForRegexpMatch ?? false,
    ) as ParameterType<unknown>,
  )
}

/** Makes every scenario get a fresh instance of `constructor` as its World. */
export function setWorldConstructor(constructor: WorldConstructor<object>): void {
  supportRegistry().worldConstructor = constructor
}
