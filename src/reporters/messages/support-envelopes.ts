// The definitions part of a Cucumber Messages stream: parameter types, step definitions and hooks
// in source order, each with a message id, plus the expressions naming unknown parameter types.
import type { Envelope, HookType, IdGenerator, StepDefinitionPatternType } from '@cucumber/messages'
import type { HookInfo, StepDefinitionInfo, SupportInfo } from '../../types/support-info.js'
import { bySource } from '../model/merge-support.js'

export interface SupportIds {
  /** Message id of a step definition, by its brine id. */
  steps: Map<string, string>
  /** Message id of a hook, by its brine id. */
  hooks: Map<string, string>
}

const hookTypes: Record<string, string> = {
  BeforeAll: 'BEFORE_TEST_RUN',
  AfterAll: 'AFTER_TEST_RUN',
  Before: 'BEFORE_TEST_CASE',
  After: 'AFTER_TEST_CASE',
  BeforeStep: 'BEFORE_TEST_STEP',
  AfterStep: 'AFTER_TEST_STEP',
}

export function supportEnvelopes(
  support: SupportInfo,
  newId: IdGenerator.NewId,
): { envelopes: Envelope[]; ids: SupportIds } {
  const envelopes: Envelope[] = []
  const ids: SupportIds = { steps: new Map(), hooks: new Map() }
  for (const type of support.parameterTypes) {
    envelopes.push({
      parameterType: {
        id: newId(),
        name: type.name,
        regularExpressions: type.regexps,
        preferForRegularExpressionMatch: type.preferForRegexpMatch,
        useForSnippets: type.useForSnippets,
        ...(type.uri ? { sourceReference: { uri: type.uri, location: { line: type.line ?? 0 } } } : {}),
      },
    })
  }
  const definitions: (StepDefinitionInfo | HookInfo)[] = [
    ...support.steps,
    ...support.hooks.filter((hook) => hook.kind in hookTypes),
  ].sort(bySource)
  for (const definition of definitions) {
    const id = newId()
    const sourceReference = { uri: definition.uri, location: { line: definition.line } }
    if ('pattern' in definition) {
      ids.steps.set(definition.id, id)
      const type = definition.patternType === 'REGULAR_EXPRESSION' ? 'REGULAR_EXPRESSION' : 'CUCUMBER_EXPRESSION'
      envelopes.push({
        stepDefinition: {
          id,
          pattern: { type: type as StepDefinitionPatternType, source: definition.pattern },
          sourceReference,
        },
      })
    } else {
      ids.hooks.set(definition.id, id)
      envelopes.push({
        hook: {
          id,
          type: hookTypes[definition.kind] as HookType,
          ...(definition.name ? { name: definition.name } : {}),
          ...(definition.tags ? { tagExpression: definition.tags } : {}),
          sourceReference,
        },
      })
    }
  }
  for (const type of support.undefinedParameterTypes) {
    envelopes.push({ undefinedParameterType: { name: type.name, expression: type.expression } })
  }
  return { envelopes, ids }
}
