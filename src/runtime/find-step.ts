// Finds the definitions a step's text matches. Cucumber semantics: the keyword does not matter,
// except for definitions restricted to one step type (defineTypedStep). Definition families with
// binding rules of their own (brine/behave) add a StepFinder to the registry; each finder's
// match counts as one candidate next to the Cucumber ones. A scoped definition is a candidate only
// where its scope takes in the step's scenario.
import type { Dialect, StepType } from '../types/feature-data.js'
import type { StepDefinition } from './step-definition.js'
import type { ScenarioPlace } from './step-scope.js'
import type { SupportRegistry } from './support-registry.js'

export type StepMatch =
  | { status: 'matched'; definition: StepDefinition; args: unknown[] }
  /** `elsewhere`: scoped definitions that match the text but not where the step is. */
  | { status: 'undefined'; elsewhere?: StepDefinition[] }
  | { status: 'ambiguous'; definitions: StepDefinition[] }

/** The step being looked up. */
export interface StepQuery {
  text: string
  type: StepType
  /** Whether the step has a data table or doc string; undefined when the caller cannot tell (a dry run's probe). */
  hasArgument?: boolean
  /** The parser that read the step's text; behave's has already dropped what behave drops. */
  dialect?: Dialect
  /** The scenario the step is in; scoped definitions apply only where their scope says, so nowhere without it. */
  scenario?: ScenarioPlace
}

export interface FoundStep {
  definition: StepDefinition
  args: unknown[]
}

/** A family of definitions that binds by its own rules; registered with SupportRegistry.addFinder. */
export interface StepFinder {
  /** True for this family's definitions: the Cucumber lookup passes over them. */
  owns(definition: StepDefinition): boolean
  /** The definition of this family the step binds to, with its arguments. */
  find(definitions: readonly StepDefinition[], step: StepQuery): FoundStep | undefined
}

export function findStep(registry: SupportRegistry, step: StepQuery, world: unknown): StepMatch {
  const found: FoundStep[] = []
  const finders = registry.finders
  for (const finder of finders) {
    const match = finder.find(registry.allSteps(), step)
    if (match) found.push(match)
  }
  // Typed definitions follow behave, where a `*` step (and an And after it) is a Given step.
  const typed = step.type === 'Unknown' ? 'Context' : step.type
  let outOfScope = false
  for (const definition of registry.stepCandidates(step.text)) {
    if (finders.length && finders.some((finder) => finder.owns(definition))) continue
    if (definition.stepType && definition.stepType !== typed) continue
    if (!definition.appliesTo(step.scenario)) {
      outOfScope = true
      continue
    }
    const args = definition.match(step.text, world)
    if (args) found.push({ definition, args })
  }
  if (found.length === 0) return outOfScope ? undefinedElsewhere(registry, step, typed) : { status: 'undefined' }
  if (found.length > 1) return { status: 'ambiguous', definitions: found.map((f) => f.definition) }
  return { status: 'matched', ...found[0]! }
}

/** An undefined step, with the scoped definitions that would match it in other places. */
function undefinedElsewhere(registry: SupportRegistry, step: StepQuery, typed: StepType): StepMatch {
  const elsewhere = registry
    .stepCandidates(step.text)
    .filter(
      (d) =>
        !d.appliesTo(step.scenario) &&
        (!d.stepType || d.stepType === typed) &&
        d.matchesText(step.text) &&
        !registry.finders.some((finder) => finder.owns(d)),
    )
  return elsewhere.length ? { status: 'undefined', elsewhere } : { status: 'undefined' }
}

/** The query for a step of a feature (or of execute_steps' text), which knows its own argument. */
export function stepQuery(
  step: { text: string; type: StepType; dataTable?: unknown; docString?: unknown },
  where: { scenario?: ScenarioPlace | undefined; dialect?: Dialect | undefined } = {},
): StepQuery {
  const query: StepQuery = { text: step.text, type: step.type, hasArgument: Boolean(step.dataTable || step.docString) }
  if (where.scenario) query.scenario = where.scenario
  if (where.dialect) query.dialect = where.dialect
  return query
}
