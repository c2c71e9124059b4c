// Narrows the step definitions worth trying for a step's text, so lookup cost stays flat with
// thousands of definitions. Each definition is filed under the literal text every match must start
// with; one whose start is not literal is always a candidate. Candidates keep registration order
// and always include every definition that matches, so results equal a scan of all definitions.
import type { StepDefinition } from './step-definition.js'

/** Step texts whose candidates are remembered; a suite rarely has more distinct texts. */
const MEMO_LIMIT = 20_000

export class StepIndex {
  private readonly byPrefix = new Map<string, number[]>()
  /** Distinct prefix lengths, longest first. */
  private readonly lengths: number[]
  private readonly always: number[] = []
  private readonly memo = new Map<string, StepDefinition[]>()

  constructor(private readonly definitions: readonly StepDefinition[]) {
    const lengths = new Set<number>()
    definitions.forEach((definition, i) => {
      const prefix = literalPrefix(definition.pattern)
      if (!prefix) {
        this.always.push(i)
        return
      }
      const list = this.byPrefix.get(prefix)
      if (list) list.push(i)
      else this.byPrefix.set(prefix, [i])
      lengths.add(prefix.length)
    })
    this.lengths = [...lengths].sort((a, b) => b - a)
  }

  /** The definitions that may match `text`, in registration order. */
  candidates(text: string): StepDefinition[] {
    let found = this.memo.get(text)
    if (found) return found
    const indexes = [...this.always]
    let sources = indexes.length > 0 ? 1 : 0
    for (const length of this.lengths) {
      if (length > text.length) continue
      const list = this.byPrefix.get(text.slice(0, length))
      if (!list) continue
      indexes.push(...list)
      sources++
    }
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
