// One step definition: its pattern, compiled on first use (parameter types may be defined after
// the step), and where it was written.
import './defer-regexp-tree.js'
import {
  CucumberExpression,
  RegularExpression,
  type Argument,
  type Expression,
  type ParameterTypeRegistry,
} from '@cucumber/cucumber-expressions'
import type { CallSite } from './call-site.js'
import { useNativeIndices } from './native-indices.js'
import type { StepType } from '../types/feature-data.js'
import { describeScope, scopeTest, type ScenarioPlace, type ScopeTest, type StepScope } from './step-scope.js'

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStepFn = (this: any, world: any, ...args: any[]) => unknown

export interface StepOptions {
  /** Per-definition step timeout in ms, overriding the default. */
  timeout?: number
  /** Where a migrated definition came from, e.g. `features/steps/cart_steps.py:14`. */
  origin?: string
  /** Limits the definition to some feature files, scenarios or tags; a list is any of them. */
  scope?: StepScope | readonly StepScope[]
  /**
   * RegExp patterns: each capture group goes through the parameter type whose regexp it is
   * (`(\d+)` gives a number), as cucumber-js passes them, instead of arriving as its text.
   */
  typedRegExpGroups?: boolean
}

/** A custom matcher (e.g. behave's parse patterns); returns argument values or null. */
export interface StepMatcher {
  readonly source: string
  readonly kind: string
  match(text: string): unknown[] | null
  /**
   * Text every match starts with, compared ignoring case, for the step index; undefined or ''
   * when there is none (the matcher is then tried for every step).
   */
  prefix?(): string | undefined
}

export class StepDefinition {
  #expression: Expression | StepMatcher | undefined
  #last: { text: string; args: readonly Argument[] | null } | undefined
  readonly #inScope: ScopeTest

  constructor(
    readonly pattern: string | RegExp | StepMatcher,
    readonly fn: AnyStepFn,
    readonly site: CallSite,
    readonly options: StepOptions,
    /** Restricts the definition to one step type (behave's given/when/then); undefined matches any. */
    readonly stepType: StepType | undefined,
    private readonly parameterTypes: ParameterTypeRegistry,
  ) {
    try {
      this.#inScope = scopeTest(options.scope)
    } catch (error) {
      throw new TypeError(`Step "${this.patternSource}" (${this.location}): ${(error as Error).message}`, {
        cause: error,
      })
    }
  }

  /** Whether the definition applies to a step of this scenario (always, without a scope). */
  appliesTo(place: ScenarioPlace | undefined): boolean {
    return this.#inScope(place)
  }

  get patternSource(): string {
    const p = this.pattern
    return typeof p === 'string' ? p : p instanceof RegExp ? String(p) : p.source
  }

  /** The scope as reports show it; undefined for a definition without one. */
  get scopeText(): string | undefined {
    return this.options.scope === undefined ? undefined : describeScope(this.options.scope)
  }

  get location(): string {
    return `${this.site.uri}:${this.site.line}`
  }

  /** Argument values when the text matches, null otherwise. Throws on a broken expression. */
  match(text: string, world: unknown): unknown[] | null {
    const expression = this.expression()
    if ('kind' in expression) return expression.match(text)
    const args = this.argumentsFor(text)
    if (!args) return null
    // RegExp groups arrive as the text they matched (top-level groups only, as Cucumber counts them).
    if (expression instanceof RegularExpression && !this.options.typedRegExpGroups) {
      return args.map((arg) => arg.group.value ?? null)
    }
    return args.map((arg) => arg.getValue(world))
  }

  /** Whether the text matches, without converting its arguments. */
  matchesText(text: string): boolean {
    const expression = this.expression()
    return 'kind' in expression ? expression.match(text) !== null : this.argumentsFor(text) !== null
  }

  /**
   * The Cucumber arguments (groups and parameter types) of a match, for reports. The last text's
   * are kept, so reporting on the step that just ran does not match it again.
   */
  argumentsFor(text: string): readonly Argument[] | null {
    if (this.#last?.text === text) return this.#last.args
    const expression = this.expression()
    const args = 'kind' in expression ? null : expression.match(text)
    this.#last = { text, args }
    return args
  }

  /** The compiled pattern, made on first use. Throws when it names an undefined parameter type. */
  expression(): Expression | StepMatcher {
    if (this.#expression) return this.#expression
    const p = this.pattern
    this.#expression =
      typeof p === 'string'
        ? useNativeIndices(new CucumberExpression(p, this.parameterTypes))
        : p instanceof RegExp
          ? useNativeIndices(new RegularExpression(p, this.parameterTypes))
          : p
    return this.#expression
  }
}
