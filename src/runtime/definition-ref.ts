// What a step result says about the definition it matched, and where its arguments were found.
import type { Argument, Group } from '@cucumber/cucumber-expressions'
import type { DefinitionRef, GroupResult, MatchArgumentResult, StepMatchResult } from '../types/scenario-result.js'
import { stepId } from './definition-ids.js'
import type { StepDefinition } from './step-definition.js'

const refs = new WeakMap<StepDefinition, DefinitionRef>()

/**
 * What a step result says about its definition. One object per definition: a batch of task updates
 * names it once, since structured cloning sends an object met twice in one message as a reference.
 */
export function definitionRef(definition: StepDefinition): DefinitionRef {
  let ref = refs.get(definition)
  if (!ref) {
    const scope = definition.scopeText
    ref = Object.freeze({
      pattern: definition.patternSource,
      uri: definition.site.uri,
      line: definition.site.line,
      origin: definition.options.origin ?? null,
      id: stepId(definition),
      ...(scope === undefined ? {} : { scope }),
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
