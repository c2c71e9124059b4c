// How a step finds its behave definition, as behave's StepRegistry.find_match: the definitions of
// the step's own type in registration order, then the `step` ones; the first that matches wins and
// no ambiguity is reported among them. A `*` step (type Unknown) is a Given step in behave.
// brine's core lookup calls it as the registry's behave StepFinder.
import type { StepType } from '../types/feature-data.js'
import type { FoundStep, StepFinder, StepQuery } from '../runtime/find-step.js'
import type { StepDefinition } from '../runtime/step-definition.js'
import { MEMO_LIMIT, StepIndex } from '../runtime/step-index.js'
import { behaveVersion } from './version.js'

/** What lookup needs of a behave matcher (BehaveMatcher implements it). */
interface BehaveLookupMatcher {
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
function isBehaveDefinition(definition: StepDefinition): boolean {
  const pattern = definition.pattern as Partial<BehaveLookupMatcher>
  return typeof pattern === 'object' && typeof pattern.matchStep === 'function' && typeof pattern.keyword === 'string'
}

// behave's definitions by keyword, each list in a step index (which files a parse pattern under its
// literal start, ignoring case, and keeps registration order), for each registry snapshot
// (allSteps() keeps its array until a definition is added) and behave version, so suites without
// behave steps pay nothing per lookup. Which definition a step text binds to is remembered
// too; its arguments are parsed afresh for every step, since step functions may change them.
interface Lookup {
  version: string
  groups: Map<string, StepIndex>
  bound: Map<string, StepDefinition | null>
}
const lookups = new WeakMap<readonly StepDefinition[], Lookup>()

function lookupFor(definitions: readonly StepDefinition[]): Lookup {
  const cached = lookups.get(definitions)
  if (cached?.version === behaveVersion()) return cached
  const lists = new Map<string, StepDefinition[]>()
  for (const definition of definitions) {
    if (!isBehaveDefinition(definition)) continue
    const keyword = (definition.pattern as unknown as BehaveLookupMatcher).keyword
    const list = lists.get(keyword)
    if (list) list.push(definition)
    else lists.set(keyword, [definition])
  }
  const groups = new Map([...lists].map(([keyword, list]) => [keyword, new StepIndex(list)]))
  const lookup = { version: behaveVersion(), groups, bound: new Map() }
  lookups.set(definitions, lookup)
  return lookup
}

const matcherOf = (definition: StepDefinition) => definition.pattern as unknown as BehaveLookupMatcher

/** The lookup brine/behave adds to the registry it defines steps in. */
export const behaveFinder: StepFinder = {
  owns: isBehaveDefinition,
  find: (definitions, step) => findBehaveStep(definitions, step),
}

/** The behave definition a step binds to, with its arguments, or undefined. */
function findBehaveStep(
  definitions: readonly StepDefinition[],
  { text, type, hasArgument: argument, dialect }: StepQuery,
): FoundStep | undefined {
  // Text read by behave's parser has lost its ':' already: matching must not drop another.
  const hasArgument = dialect === 'behave' ? false : argument
  const lookup = lookupFor(definitions)
  if (lookup.groups.size === 0) return undefined
  const key = `${type}:${hasArgument}:${text}`
  const known = lookup.bound.get(key)
  if (known === null) return undefined
  if (known) return { definition: known, args: matcherOf(known).matchStep(text, hasArgument)! }
  const found = firstMatch(lookup.groups, text, type, hasArgument)
  if (lookup.bound.size >= MEMO_LIMIT) lookup.bound.clear()
  lookup.bound.set(key, found?.definition ?? null)
  return found
}

function firstMatch(groups: Map<string, StepIndex>, text: string, type: StepType, hasArgument?: boolean) {
  for (const keyword of [TYPE_KEYWORD[type], 'step']) {
    for (const definition of groups.get(keyword)?.candidates(text) ?? []) {
      const args = matcherOf(definition).matchStep(text, hasArgument)
      if (args) return { definition, args }
    }
  }
  return undefined
}
