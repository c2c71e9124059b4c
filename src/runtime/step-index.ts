// Narrows the step definitions worth trying for a step's text, so lookup cost stays flat with
// thousands of definitions. Each definition is filed under the literal text every match must start
// with; one whose start is not literal is always a candidate. Candidates keep registration order
// and always include every definition that matches, so results equal a scan of all definitions.
import { PrefixTable } from './prefix-table.js'
import type { StepDefinition } from './step-definition.js'

/** Step texts whose candidates are remembered; a suite rarely has more distinct texts. */
export const MEMO_LIMIT = 20_000

export class StepIndex {
  private readonly exact = new PrefixTable()
  /** Custom matchers with a literal start (brine/behave's parse patterns) that may ignore case. */
  private readonly folded = new PrefixTable(true)
  private readonly always: number[] = []
  private readonly memo = new Map<string, StepDefinition[]>()

  constructor(private readonly definitions: readonly StepDefinition[]) {
    definitions.forEach((definition, i) => {
      const pattern = definition.pattern
      const matcherPrefix = typeof pattern === 'object' && 'prefix' in pattern ? pattern.prefix?.() : undefined
      const prefix = literalPrefix(pattern)
      if (matcherPrefix) this.folded.add(matcherPrefix, i)
      else if (prefix) this.exact.add(prefix, i)
      else this.always.push(i)
    })
  }

  /** The definitions that may match `text`, in registration order. */
  candidates(text: string): StepDefinition[] {
    let found = this.memo.get(text)
    if (found) return found
    const indexes = [...this.always]
    const sources =
      (indexes.length > 0 ? 1 : 0) + this.exact.collect(text, indexes) + this.folded.collect(text, indexes)
    if (sources > 1) indexes.sort((a, b) => a - b)
    found = indexes.map((i) => this.definitions[i]!)
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear()
    this.memo.set(text, found)
    return found
  }
}

/** Text every match of `pattern` starts with; '' when none can be read off safely. */
export function literalPrefix(pattern: string | RegExp | { readonly source: string }): string {
  if (typeof pattern === 'string') return expressionPrefix(pattern)
  if (pattern instanceof RegExp) return regExpPrefix(pattern)
  return ''
}

/**
 * A Cucumber Expression is anchored at both ends; its text is literal up to the first parameter,
 * optional, alternation or escape. Optionals and alternations may begin inside a word
 * (`cucumber(s)`, `a/an`), so the prefix ends at the last space before that first special char.
 */
function expressionPrefix(expression: string): string {
  const special = expression.search(/[{}()/\\]/)
  if (special === -1) return expression
  return expression.slice(0, expression.lastIndexOf(' ', special - 1) + 1)
}

const REGEXP_SYNTAX = new Set('\\^$.|?*+()[]{}')
const QUANTIFIERS = new Set('?*+{')

/**
 * A RegExp gives a prefix only when it starts with `^`, has no alternation anywhere (`^a|b`
 * matches "b") and no flag that changes what `^` or a letter matches (i, m).
 */
function regExpPrefix(pattern: RegExp): string {
  const source = pattern.source
  if (!source.startsWith('^') || source.includes('|') || /[im]/.test(pattern.flags)) return ''
  let end = 1
  while (end < source.length && !REGEXP_SYNTAX.has(source[end]!)) end++
  // A quantifier makes the character before it optional or repeatable.
  if (QUANTIFIERS.has(source[end] ?? '')) end--
  return source.slice(1, Math.max(end, 1))
}
