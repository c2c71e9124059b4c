// Finds the definitions a step's text matches. Cucumber semantics: the keyword does not matter,
// except for definitions restricted to one step type (migrated behave steps). Definitions from
// 'brine/behave' bind as behave does (behave/lookup.ts) and count as one candidate next to these.
import { findBehaveStep, isBehaveDefinition } from './behave/lookup.js'
import type { StepType } from './feature-data.js'
import type { StepDefinition } from './step-definition.js'
import type { SupportRegistry } from './support-registry.js'

export type StepMatch =
  | { status: 'matched'; definition: StepDefinition; args: unknown[] }
  | { status: 'undefined' }
  | { status: 'ambiguous'; definitions: StepDefinition[] }

/** What behave 1.2's matching needs beyond the text: whether the step has a table or doc string. */
export interface StepArgumentInfo {
  dataTable?: unknown
  docString?: unknown
}

export function findStep(
  registry: SupportRegistry,
  text: string,
  type: StepType,
  world: unknown,
  step?: StepArgumentInfo,
): StepMatch {
  const found: { definition: StepDefinition; args: unknown[] }[] = []
  const hasArgument = step ? Boolean(step.dataTable || step.docString) : undefined
  const behave = findBehaveStep(registry.allSteps(), text, type, hasArgument)
  if (behave) found.push(behave)
  // Typed definitions follow behave, where a `*` step (and an And after it) is a Given step.
  const typed = type === 'Unknown' ? 'Context' : type
  for (const definition of registry.stepCandidates(text)) {
    if (isBehaveDefinition(definition)) continue
    if (definition.stepType && definition.stepType !== typed) continue
    const args = definition.match(text, world)
    if (args) found.push({ definition, args })
  }
  if (found.length === 0) return { status: 'undefined' }
  if (found.length > 1) return { status: 'ambiguous', definitions: found.map((f) => f.definition) }
  return { status: 'matched', ...found[0]! }
}
