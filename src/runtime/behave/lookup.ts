// How a step finds its behave definition, as behave's StepRegistry.find_match: the definitions of
// the step's own type in registration order, then the `step` ones; the first that matches wins and
// no ambiguity is reported among them. A `*` step (type Unknown) is a Given step in behave.
// Kept free of the matchers' code so brine's lookup can call it without loading them.
import type { StepType } from '../feature-data.js'
import type { StepDefinition } from '../step-definition.js'
import { stepArgumentHint } from './step-arguments.js'

/** What lookup needs of a behave matcher (BehaveMatcher implements it). */
export interface BehaveLookupMatcher {
  readonly keyword: 'given' | 'when' | 'then' | 'step'
  matchStep(text: string, hasArgument: boolean | undefined): unknown[] | null
}

const TYPE_KEYWORD: Record<StepType, 'given' | 'when' | 'then'> = {
  Context: 'given',
  Action: 'when',
  Outcome: 'then',
  Unknown: 'given',
}

/** True for a definition registered through 'brine/behave'. */
export function isBehaveDefinition(definition: StepDefinition): boolean {
  const pattern = definition.pattern as Partial<BehaveLookupMatcher>
  return typeof pattern === 'object' && typeof pattern.matchStep === 'function' && typeof pattern.keyword === 'string'
}

// behave's definitions by keyword, for each registry snapshot (allSteps() keeps its array until
// a definition is added), so suites without behave steps pay nothing per lookup.
const byKeyword = new WeakMap<readonly StepDefinition[], Map<string, StepDefinition[]>>()

function grouped(definitions: readonly StepDefinition[]): Map<string, StepDefinition[]> {
  let groups = byKeyword.get(definitions)
  if (!groups) {
    groups = new Map()
    for (const definition of definitions) {
      if (!isBehaveDefinition(definition)) continue
      const keyword = (definition.pattern as unknown as BehaveLookupMatcher).keyword
      groups.set(keyword, [...(groups.get(keyword) ?? []), definition])
    }
    byKeyword.set(definitions, groups)
  }
  return groups
}

/** The behave definition a step binds to, with its arguments, or undefined. */
export function findBehaveStep(
  definitions: readonly StepDefinition[],
  text: string,
  type: StepType,
  /** Undefined when the caller cannot tell; see behaveStepText. */
  hasArgument: boolean | undefined,
  world?: unknown,
): { definition: StepDefinition; args: unknown[] } | undefined {
  const groups = grouped(definitions)
  if (groups.size === 0) return undefined
  hasArgument ??= stepArgumentHint(world, text)
  for (const keyword of [TYPE_KEYWORD[type], 'step']) {
    for (const definition of groups.get(keyword) ?? []) {
      const args = (definition.pattern as unknown as BehaveLookupMatcher).matchStep(text, hasArgument)
      if (args) return { definition, args }
    }
  }
  return undefined
}
