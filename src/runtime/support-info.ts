// What a worker knows besides results: its step definitions, hooks and parameter types, as plain
// data for the feature meta. Reporters need it for Cucumber Messages and to find unused steps.
import type { Argument, Expression, Group } from '@cucumber/cucumber-expressions'
import type { StepData } from './feature-data.js'
import type { HookDefinition } from './hook-definition.js'
import type { StepDefinition, StepMatcher } from './step-definition.js'
import type { DefinitionRef, GroupResult, MatchArgumentResult, StepMatchResult } from './step-result.js'
import type { SupportRegistry } from './support-registry.js'

export interface StepDefinitionInfo {
  id: string
  pattern: string
  /** CUCUMBER_EXPRESSION, REGULAR_EXPRESSION, or a custom matcher's kind. */
  patternType: string
  uri: string
  line: number
  column: number
  origin: string | null
}

export interface HookInfo {
  id: string
  kind: string
  name?: string
  tags?: string
  uri: string
  line: number
}

export interface ParameterTypeInfo {
  name: string
  uri?: string
  line?: number
  regexps: string[]
  useForSnippets: boolean
  preferForRegexpMatch: boolean
}

export interface SupportInfo {
  steps: StepDefinitionInfo[]
  hooks: HookInfo[]
  parameterTypes: ParameterTypeInfo[]
  /** Definitions left out because their expression names a parameter type nobody defined. */
  undefinedParameterTypes: { name: string; expression: string }[]
}

/** What a feature's suite carries in its task meta (`meta.brineFeature`). */
export interface FeatureMeta {
  uri: string
  language: string
  /** Written by the first feature a worker runs, and again whenever definitions were added. */
  support?: SupportInfo
}

const ids = new WeakMap<object, string>()

/** A stable id: the same definition gets the same id in every worker and shard. */
export function stepId(definition: StepDefinition): string {
  let id = ids.get(definition)
  if (!id) {
    const { uri, line, column } = definition.site
    id = `${uri}:${line}:${column}#${hash(`${definition.stepType ?? ''}:${definition.patternSource}`)}`
    ids.set(definition, id)
  }
  return id
}

export function hookId(hook: HookDefinition): string {
  let id = ids.get(hook)
  if (!id) {
    const { uri, line, column } = hook.site
    id = `${uri}:${line}:${column}#${hash(`${hook.kind}:${hook.options.name ?? ''}:${hook.options.tags ?? ''}:${String(hook.fn)}`)}`
    ids.set(hook, id)
  }
  return id
}

const refs = new WeakMap<StepDefinition, DefinitionRef>()

/**
 * What a step result says about its definition. One object per definition: a batch of task updates
 * names it once, since structured cloning sends an object met twice in one message as a reference.
 */
export function definitionRef(definition: StepDefinition): DefinitionRef {
  let ref = refs.get(definition)
  if (!ref) {
    ref = Object.freeze({
      pattern: definition.patternSource,
      uri: definition.site.uri,
      line: definition.site.line,
      origin: definition.options.origin ?? null,
      id: stepId(definition),
    })
    refs.set(definition, ref)
  }
  return ref
}

/** The definition with the groups its arguments came from in `text`. */
export function stepMatch(definition: StepDefinition, text: string): StepMatchResult {
  const args = definition.argumentsFor(text) ?? []
  return { definition: definitionRef(definition), arguments: args.map(matchArgument) }
}

/**
 * What a step that did not run would have matched, without running transformers: Cucumber lists
 * the definitions of every step of a test case, run or not.
 */
export function plannedMatches(registry: SupportRegistry, step: StepData): StepMatchResult[] {
  const matches: StepMatchResult[] = []
  // The index's candidates include every definition that can match, in registration order.
  for (const definition of registry.stepCandidates(step.text)) {
    if (undefinedParameterType(definition) !== undefined) continue
    if (definition.stepType && definition.stepType !== step.type) continue
    const matched = expressionOf(definition)
      ? definition.argumentsFor(step.text)
      : (definition.pattern as StepMatcher).match(step.text)
    if (matched) matches.push(stepMatch(definition, step.text))
  }
  return matches
}

/** Definitions whose expression compiles; the others name an undefined parameter type. */
export function usableSteps(registry: SupportRegistry): StepDefinition[] {
  return registry.allSteps().filter((definition) => undefinedParameterType(definition) === undefined)
}

export function supportInfo(registry: SupportRegistry): SupportInfo {
  const info: SupportInfo = { steps: [], hooks: [], parameterTypes: [], undefinedParameterTypes: [] }
  for (const definition of registry.allSteps()) {
    const missing = undefinedParameterType(definition)
    if (missing) {
      info.undefinedParameterTypes.push({ name: missing, expression: definition.patternSource })
      continue
    }
    const p = definition.pattern
    info.steps.push({
      id: stepId(definition),
      pattern: typeof p === 'string' ? p : p instanceof RegExp ? p.source : p.source,
      patternType: typeof p === 'string' ? 'CUCUMBER_EXPRESSION' : p instanceof RegExp ? 'REGULAR_EXPRESSION' : p.kind,
      uri: definition.site.uri,
      line: definition.site.line,
      column: definition.site.column,
      origin: definition.options.origin ?? null,
    })
  }
  for (const hook of registry.hooks.values()) {
    const entry: HookInfo = { id: hookId(hook), kind: hook.kind, uri: hook.site.uri, line: hook.site.line }
    if (hook.options.name) entry.name = hook.options.name
    if (hook.options.tags) entry.tags = hook.options.tags
    info.hooks.push(entry)
  }
  for (const type of registry.parameterTypes.parameterTypes) {
    if (type.builtin || !type.name) continue
    const site = registry.parameterTypeSites.get(type.name)
    info.parameterTypes.push({
      name: type.name,
      ...(site ? { uri: site.uri, line: site.line } : {}),
      regexps: [...type.regexpStrings],
      useForSnippets: type.useForSnippets ?? true,
      preferForRegexpMatch: type.preferForRegexpMatch ?? false,
    })
  }
  return info
}

/**
 * What the registry holds, in one string: when it changes (a step file added, a pattern edited in
 * watch mode), the support info must be written again.
 */
export function supportSignature(registry: SupportRegistry): string {
  const steps = registry.allSteps().map(stepId)
  const hooks = [...registry.hooks.values()].map(hookId)
  const types = [...registry.parameterTypes.parameterTypes].map((t) => t.name ?? '')
  return [...steps, ...hooks, ...types].join('\n')
}

function undefinedParameterType(definition: StepDefinition): string | undefined {
  try {
    expressionOf(definition)
    return undefined
  } catch (error) {
    if (isUndefinedParameterType(error)) return error.undefinedParameterTypeName
    throw error
  }
}

/** cucumber-expressions throws UndefinedParameterTypeError but does not export the class. */
export function isUndefinedParameterType(error: unknown): error is { undefinedParameterTypeName: string } {
  return typeof (error as { undefinedParameterTypeName?: unknown } | null)?.undefinedParameterTypeName === 'string'
}

/** The definition's own compiled expression; null for custom matchers (behave's parse patterns). */
function expressionOf(definition: StepDefinition): Expression | null {
  const expression = definition.expression()
  return 'kind' in expression ? null : expression
}

function matchArgument(arg: Argument): MatchArgumentResult {
  const result: MatchArgumentResult = { group: groupResult(arg.group) }
  if (arg.parameterType.name !== undefined) result.parameterTypeName = arg.parameterType.name
  return result
}

function groupResult(group: Group): GroupResult {
  const result: GroupResult = {}
  if (group.start !== undefined) result.start = group.start
  if (group.value !== undefined) result.value = group.value
  if (group.children?.length) result.children = group.children.map(groupResult)
  return result
}

/** FNV-1a, 32 bits, base 36: short enough for ids, stable across processes. */
function hash(text: string): string {
  let h = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193)
  }
  return (h >>> 0).toString(36)
}
