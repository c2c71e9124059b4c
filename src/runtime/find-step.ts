// Finds the definitions a step's text matches. Cucumber semantics: the keyword does not matter,
// except for definitions restricted to one step type (migrated behave steps).
import type { StepType } from './feature-data.js'
import type { StepDefinition } from './step-definition.js'
import type { SupportRegistry } from './support-registry.js'

export type StepMatch =
  | { status: 'matched'; definition: StepDefinition; args: unknown[] }
  | { status: 'undefined' }
  | { status: 'ambiguous'; definitions: StepDefinition[] }

export function findStep(registry: SupportRegistry, text: string, type: StepType, world: unknown): StepMatch {
  const found: { definition: StepDefinition; args: unknown[] }[] = []
  for (const definition of registry.stepCandidates(text)) {
    if (definition.stepType && definition.stepType !== type) continue
    const args = definition.match(text, world)
    if (args) found.push({ definition, args })
  }
  if (found.length === 0) return { status: 'undefined' }
  if (found.length > 1) return { status: 'ambiguous', definitions: found.map((f) => f.definition) }
  return { status: 'matched', ...found[0]! }
}
