// What the steps that did not run would have matched: Cucumber lists the definitions of every step
// of a test case, run or not.
import type { StepData } from '../types/feature-data.js'
import type { StepMatchResult } from '../types/scenario-result.js'
import { stepMatch } from './definition-ref.js'
import type { StepMatcher } from './step-definition.js'
import type { ScenarioPlace } from './step-scope.js'
import type { SupportRegistry } from './support-registry.js'
import { expressionOf, undefinedParameterType } from './usable-definitions.js'

/** What a step that did not run would have matched, without running transformers. */
export function plannedMatches(registry: SupportRegistry, step: StepData, place?: ScenarioPlace): StepMatchResult[] {
  const matches: StepMatchResult[] = []
  // The index's candidates include every definition that can match, in registration order.
  for (const definition of registry.stepCandidates(step.text)) {
    if (undefinedParameterType(definition) !== undefined) continue
    if (definition.stepType && definition.stepType !== step.type) continue
    if (!definition.appliesTo(place)) continue
    const matched = expressionOf(definition)
      ? definition.argumentsFor(step.text)
      : (definition.pattern as StepMatcher).match(step.text)
    if (matched) matches.push(stepMatch(definition, step.text))
  }
  return matches
}
