// Everything step files register in a worker: step definitions, hooks, parameter types and the
// World class. A definition is keyed by where it was written and its pattern, so a step file
// evaluated again (a new module instance, watch mode) replaces its definitions instead of
// adding duplicates.
import './defer-regexp-tree.js'
import { ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import { callSite, type CallSite } from './call-site.js'
import type { StepType } from '../types/feature-data.js'
import type { StepFinder } from './find-step.js'
import { HookDefinition, type AnyHookFn, type HookKind, type HookOptions } from './hook-definition.js'
import { StepDefinition, type AnyStepFn, type StepMatcher, type StepOptions } from './step-definition.js'
import { StepIndex } from './step-index.js'
import { World, type WorldConstructor } from './world.js'

export class SupportRegistry {
  readonly parameterTypes = new ParameterTypeRegistry()
  readonly steps = new Map<string, StepDefinition>()
  readonly hooks = new Map<string, HookDefinition>()
  /** Where each custom parameter type was defined, by name (reports show it). */
  readonly parameterTypeSites = new Map<string, CallSite>()
  worldConstructor: WorldConstructor<object> = World
  /** Lookups of definition families with rules of their own (brine/behave adds one). */
  readonly finders: StepFinder[] = []
  private stepList: StepDefinition[] | undefined
  private stepIndex: StepIndex | undefined

  defineStep(
    pattern: string | RegExp | StepMatcher,
    fn: AnyStepFn,
    options: StepOptions = {},
    stepType?: StepType,
    /** Where it was written, when the caller has read it already (capturing a stack is not free). */
    site: CallSite = callSite(),
  ): StepDefinition {
    if (typeof fn !== 'function') throw new TypeError(`Step "${String(pattern)}" needs a function`)
    const definition = new StepDefinition(pattern, fn, site, options, stepType, this.parameterTypes)
    // Definitions made in a loop share a call site; their scopes tell them apart.
    const key = `${site.uri}:${site.line}:${site.column}:${stepType ?? ''}:${definition.patternSource}:${definition.scopeText ?? ''}`
    this.steps.set(key, definition)
    this.stepList = undefined
    this.stepIndex = undefined
    return definition
  }

  /** Adds a definition family's lookup; adding the same finder again does nothing. */
  addFinder(finder: StepFinder): void {
    if (!this.finders.includes(finder)) this.finders.push(finder)
  }

  defineHook(kind: HookKind, fn: AnyHookFn, options: HookOptions = {}): void {
    if (typeof fn !== 'function') throw new TypeError(`${kind} hook needs a function`)
    const site = callSite()
    // Hooks defined in a loop share a call site; their options and code tell them apart.
    const key = `${kind}:${site.uri}:${site.line}:${site.column}:${options.name ?? ''}:${options.tags ?? ''}:${String(fn)}`
    this.hooks.set(key, new HookDefinition(kind, fn, options, site))
  }

  defineParameterType(type: ParameterType<unknown>): void {
    if (this.parameterTypes.lookupByTypeName(type.name!)) {
      // The same file evaluated again defines the same type again: keep the first.
      return
    }
    this.parameterTypes.defineParameterType(type)
    this.parameterTypeSites.set(type.name!, callSite())
  }

  hooksOf(kind: HookKind, tags?: readonly string[]): HookDefinition[] {
    const result: HookDefinition[] = []
    for (const hook of this.hooks.values()) {
      if (hook.kind === kind && (!tags || hook.appliesTo(tags))) result.push(hook)
    }
    // After-hooks run in reverse order of definition.
    return kind.startsWith('After') ? result.reverse() : result
  }

  /** Every definition in registration order. */
  allSteps(): StepDefinition[] {
    this.stepList ??= [...this.steps.values()]
    return this.stepList
  }

  /** The definitions that may match `text`, in registration order: every one that does, and few others. */
  stepCandidates(text: string): StepDefinition[] {
    this.stepIndex ??= new StepIndex(this.allSteps())
    return this.stepIndex.candidates(text)
  }
}

let registry: SupportRegistry | undefined

export function supportRegistry(): SupportRegistry {
  registry ??= new SupportRegistry()
  return registry
}
