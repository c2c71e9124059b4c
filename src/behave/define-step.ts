// Registering behave step definitions: given/when/then/step (and Title-case aliases), the matcher
// in force where the definition is written (useStepMatcher, per file), and behave's load-time
// AmbiguousStep check. The registered function adapts brine's call to behave's `(context, args)`.
import { callSite, type CallSite } from '../runtime/call-site.js'
import { PrefixTable } from '../runtime/prefix-table.js'
import type { DataTable } from '../runtime/data-table.js'
import type { DocString } from '../runtime/doc-string.js'
import { PendingError } from '../runtime/errors.js'
import { supportRegistry } from '../runtime/support-registry.js'
import { BehaveMatcher, MatchFailure, STEP_TYPE, type BehaveKeyword, type StepMatcherName } from './behave-matcher.js'
import type { Context } from './context.js'
import { setStepArgument } from './context.js'
import { ensureBehaveRuntime, recordStepOutcome } from './environment.js'
import { AmbiguousStep, StepParseError } from './errors.js'
import { behaveFinder } from './lookup.js'
import type { BehaveArgs } from './step-args.js'
import type { BehaveVersion } from './version.js'

export type { StepMatcherName } from './behave-matcher.js'

/** A behave step function: the scenario's context and the matched arguments (see index.ts). */
export type BehaveStepFn<C extends Context = Context> = (context: C, args: BehaveArgs) => unknown

export interface BehaveStepOptions {
  /** Where the definition came from, e.g. `features/steps/cart_steps.py:14`; `brine check` shows it. */
  origin?: string
  /** Step timeout in ms. */
  timeout?: number
  /** The matcher for this definition, instead of the one in force (useStepMatcher). */
  matcher?: StepMatcherName
  /** The behave version for this definition, instead of setBehaveVersion's. */
  behaveVersion?: BehaveVersion
}

export interface DefineBehaveStep {
  <C extends Context = Context>(pattern: string | RegExp, fn: BehaveStepFn<C>): void
  <C extends Context = Context>(pattern: string | RegExp, options: BehaveStepOptions, fn: BehaveStepFn<C>): void
}

const MATCHERS: readonly StepMatcherName[] = ['parse', 'cfparse', 're', 're0']
let defaultMatcher: StepMatcherName = 'parse'
/** useStepMatcher calls by file, in source order: a definition uses the last one written above it. */
const switches = new Map<string, { line: number; column: number; name: StepMatcherName }[]>()

function checkName(name: StepMatcherName): void {
  if (!MATCHERS.includes(name)) throw new TypeError(`Unknown step matcher "${name}"; use one of ${MATCHERS.join(', ')}`)
}

/** behave's use_step_matcher: the matcher for the definitions below it in the same file. */
export function useStepMatcher(name: StepMatcherName): void {
  checkName(name)
  const site = callSite()
  const list = switches.get(site.uri) ?? []
  const same = list.findIndex((s) => s.line === site.line && s.column === site.column)
  if (same >= 0) list.splice(same, 1)
  list.push({ line: site.line, column: site.column, name })
  list.sort((a, b) => a.line - b.line || a.column - b.column)
  switches.set(site.uri, list)
}

/** The matcher files start with ('parse'); behave's use_step_matcher at the top of environment.py. */
export function setDefaultStepMatcher(name: StepMatcherName): void {
  checkName(name)
  defaultMatcher = name
}

function matcherAt(site: CallSite): StepMatcherName {
  let name = defaultMatcher
  for (const s of switches.get(site.uri) ?? []) {
    if (s.line < site.line || (s.line === site.line && s.column < site.column)) name = s.name
  }
  return name
}

function definer(keyword: BehaveKeyword): DefineBehaveStep {
  return ((pattern: string | RegExp, optionsOrFn: BehaveStepOptions | BehaveStepFn, maybeFn?: BehaveStepFn) => {
    const [options, fn] = typeof optionsOrFn === 'function' ? [{}, optionsOrFn] : [optionsOrFn ?? {}, maybeFn]
    if (typeof fn !== 'function') throw new TypeError(`Step "${String(pattern)}" needs a function`)
    ensureBehaveRuntime()
    const site = callSite()
    const matcher = new BehaveMatcher(pattern, options.matcher ?? matcherAt(site), keyword, options.behaveVersion)
    checkAmbiguous(matcher, site)
    const stepOptions = {
      ...(options.timeout === undefined ? {} : { timeout: options.timeout }),
      ...(options.origin === undefined ? {} : { origin: options.origin }),
    }
    const registry = supportRegistry()
    registry.addFinder(behaveFinder)
    registry.defineStep(matcher, behaveStep(matcher, fn as BehaveStepFn), stepOptions, STEP_TYPE[keyword], site)
  }) as DefineBehaveStep
}

/** The function brine calls: (world, args, table or doc string) → behave's (context, args). */
function behaveStep(matcher: BehaveMatcher, fn: BehaveStepFn) {
  return async function (world: Context, args: BehaveArgs | MatchFailure, argument?: DataTable | DocString) {
    if (args instanceof MatchFailure) throw new StepParseError(matcher.source, args.text, args.error)
    setStepArgument(world, argument)
    try {
      await fn(world, args)
      recordStepOutcome(world, { status: 'passed' })
    } catch (error) {
      recordStepOutcome(world, { status: error instanceof PendingError ? 'skipped' : 'failed', error })
      throw error
    }
  }
}

// The behave definitions by keyword, in registration order, for the load-time check; filed by
// literal start, so checking thousands of definitions does not try each against all the others.
interface Defined {
  list: { matcher: BehaveMatcher; site: CallSite }[]
  byPrefix: PrefixTable
  always: number[]
}
const defined = new Map<BehaveKeyword, Defined>()

/** behave refuses a definition whose pattern text an earlier one of the same keyword matches. */
function checkAmbiguous(matcher: BehaveMatcher, site: CallSite): void {
  let earlier = defined.get(matcher.keyword)
  if (!earlier) defined.set(matcher.keyword, (earlier = { list: [], byPrefix: new PrefixTable(true), always: [] }))
  const positions = [...earlier.always]
  earlier.byPrefix.collect(matcher.source, positions)
  positions.sort((a, b) => a - b)
  for (const position of positions) {
    const existing = earlier.list[position]!
    const other = existing.matcher
    if (other.source === matcher.source && existing.site.uri === site.uri && existing.site.line === site.line) return
    if (!other.matches(matcher.source)) continue
    throw new AmbiguousStep(
      `@${matcher.keyword}('${matcher.source}') has already been defined in\n` +
        `  existing step @${other.keyword}('${other.source}') at ${existing.site.uri}:${existing.site.line}`,
    )
  }
  const prefix = matcher.prefix()
  if (prefix) earlier.byPrefix.add(prefix, earlier.list.length)
  else earlier.always.push(earlier.list.length)
  earlier.list.push({ matcher, site })
}

/** Matches Given steps only (behave's @given). */
export const given: DefineBehaveStep = definer('given')
/** Matches When steps only (behave's @when). */
export const when: DefineBehaveStep = definer('when')
/** Matches Then steps only (behave's @then; Title-case only, see index.ts). */
export const Then: DefineBehaveStep = definer('then')
/** Matches a step of any type (behave's @step). */
export const step: DefineBehaveStep = definer('step')
export const Given = given
export const When = when
export const Step = step
