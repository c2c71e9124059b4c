// behave's step matchers as brine StepMatchers: parse and cfparse (Python parse, with parse_type's
// cardinality fields), re (anchored at both ends, no ^/$ allowed in the pattern) and re0 (anchored
// at the start only, as Python's re.match). A failed type conversion is still a match: behave binds
// the step to the definition and fails it with a StepParseError when it runs.
import type { StepMatcher } from '../runtime/step-definition.js'
import type { StepType } from '../types/feature-data.js'
import { Parser } from './parse-format.js'
import { captureGroups, translatePythonRegex } from './py-regex.js'
import { makeArgs, type BehaveArgs, type BehaveArgument } from './step-args.js'
import { addCardinalityTypes } from './type-builder.js'
import { registeredTypes } from './type-registry.js'
import { behaveStepText, behaveVersion, type BehaveVersion } from './version.js'

export type StepMatcherName = 'parse' | 'cfparse' | 're' | 're0'
/** behave's decorator names: which step types a definition accepts. */
export type BehaveKeyword = 'given' | 'when' | 'then' | 'step'

export const STEP_TYPE: Record<BehaveKeyword, StepType | undefined> = {
  given: 'Context',
  when: 'Action',
  then: 'Outcome',
  step: undefined,
}

/** A match whose type conversion failed: running the step raises behave's StepParseError. */
export class MatchFailure {
  constructor(
    readonly error: unknown,
    readonly text: string,
  ) {}

  toJSON(): { error: string } {
    return { error: this.error instanceof Error ? this.error.message : String(this.error) }
  }
}

export class BehaveMatcher implements StepMatcher {
  readonly source: string
  /** Compiled parse patterns by case sensitivity: the version may be set after the definition. */
  private readonly parsers = new Map<boolean, Parser>()
  private readonly types: ReturnType<typeof registeredTypes> = {}
  private readonly regex: RegExp | undefined
  private readonly groups: (string | undefined)[] = []
  private readonly literalStart: string | undefined

  constructor(
    pattern: string | RegExp,
    readonly kind: StepMatcherName,
    readonly keyword: BehaveKeyword,
    private readonly versionOverride?: BehaveVersion,
  ) {
    this.source = typeof pattern === 'string' ? pattern : pattern.source
    if (kind === 'parse' || kind === 'cfparse') {
      if (typeof pattern !== 'string')
        throw new TypeError(`A ${kind} step pattern must be a string, got ${String(pattern)}`)
      this.types = registeredTypes()
      if (kind === 'cfparse') addCardinalityTypes(pattern, this.types)
      // Compiled now so a broken pattern fails where it is defined, as in behave.
      this.parser()
      const start = pattern.split('{', 1)[0]!
      if (start && /^[\x20-\x7e]*$/.test(start) && !start.includes('}')) this.literalStart = start
    } else {
      const { source, flags } = toRegExpParts(pattern)
      if (kind === 're' && (source.startsWith('^') || source.endsWith('$'))) {
        throw new Error(`Regular expression should not use begin/end-markers: ${this.source}`)
      }
      // Sticky: every alternative is tried at the start only, as Python's re.match does.
      this.regex = new RegExp(kind === 're' ? `^${source}$` : source, `${flags}yd`)
      this.groups = captureGroups(source)
    }
  }

  /** The behave version the definition follows: its own, else setBehaveVersion's. */
  get version(): BehaveVersion {
    return this.versionOverride ?? behaveVersion()
  }

  /** behave 1.2 leaves parse's default (ignore case); 1.3 matches case-sensitively. */
  private parser(): Parser | undefined {
    if (this.regex) return undefined
    const caseSensitive = this.version !== '1.2'
    let parser = this.parsers.get(caseSensitive)
    if (!parser) {
      parser = new Parser(this.source, { ...this.types }, caseSensitive)
      this.parsers.set(caseSensitive, parser)
    }
    return parser
  }

  /** The arguments as a one-element list (brine passes list items to the step function), or null. */
  match(text: string): [BehaveArgs | MatchFailure] | null {
    try {
      const parser = this.parser()
      const list = parser ? this.parseArguments(parser, text) : this.regexArguments(text)
      return list ? [makeArgs(list)] : null
    } catch (error) {
      return [new MatchFailure(error, text)]
    }
  }

  /**
   * Whether the text matches, conversions aside: behave counts a match whose conversion fails as a
   * match too, so this is its answer, only cheaper.
   */
  matches(text: string): boolean {
    const parser = this.parser()
    if (parser) return this.mayMatch(text) && parser.test(text)
    this.regex!.lastIndex = 0
    return this.regex!.test(text)
  }

  /** Matches the text behave would see for a step with or without a table / doc string. */
  matchStep(text: string, hasArgument: boolean | undefined): [BehaveArgs | MatchFailure] | null {
    const seen = behaveStepText(text, hasArgument, this.version)
    return this.mayMatch(seen) ? this.match(seen) : null
  }

  /**
   * The literal text every match starts with (exactly under behave 1.3, ignoring case under 1.2),
   * for the step index; undefined when there is none.
   */
  prefix(): string | undefined {
    return this.literalStart
  }

  /**
   * False when the text cannot match: a parse pattern's literal start (plain ASCII, so case folding
   * is simple) must begin it. Keeps lookup and the load-time check cheap with many definitions.
   */
  private mayMatch(text: string): boolean {
    if (this.literalStart === undefined) return true
    if (this.version !== '1.2') return text.startsWith(this.literalStart)
    return text.slice(0, this.literalStart.length).toLowerCase() === this.literalStart.toLowerCase()
  }

  private parseArguments(parser: Parser, text: string): BehaveArgument[] | null {
    const result = parser.parse(text)
    if (!result) return null
    const list: BehaveArgument[] = []
    result.fixed.forEach((value, i) => {
      const [start, end] = result.spans.get(i)!
      list.push({ value, original: text.slice(start, end), start, end })
    })
    for (const [name, value] of Object.entries(result.named)) {
      const span = result.spans.get(name)
      // behave looks spans up by the expanded name, which fails for `{a.b}` fields.
      if (!span) throw new Error(`KeyError: '${name}'`)
      list.push({ name, value, original: text.slice(span[0], span[1]), start: span[0], end: span[1] })
    }
    return list
  }

  private regexArguments(text: string): BehaveArgument[] | null {
    this.regex!.lastIndex = 0
    const m = this.regex!.exec(text)
    if (!m) return null
    return this.groups.map((name, i) => {
      const span = m.indices![i + 1]
      const value = m[i + 1] ?? null
      return {
        ...(name === undefined ? {} : { name }),
        value,
        original: value ?? '',
        start: span?.[0] ?? -1,
        end: span?.[1] ?? -1,
      }
    })
  }
}

function toRegExpParts(pattern: string | RegExp): { source: string; flags: string } {
  if (pattern instanceof RegExp) return { source: pattern.source, flags: pattern.flags.replace(/[gyd]/g, '') }
  const translated = translatePythonRegex(pattern)
  return { source: translated.source, flags: `${translated.flags}u` }
}
