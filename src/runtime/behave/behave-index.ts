// Narrows one keyword's behave definitions to those a step's text can match, so lookup stays flat
// with thousands of them. A parse pattern's match must start with its literal start; the index
// compares it ignoring case, which finds what behave 1.2 (case-insensitive) and 1.3 (exact) match.
// Definitions without one are always tried. Candidates keep registration order, since behave binds
// the first definition that matches.
import { PrefixTable } from '../prefix-table.js'
import type { StepDefinition, StepMatcher } from '../step-definition.js'

/** Step texts whose candidates are remembered; a suite rarely has more distinct texts. */
const MEMO_LIMIT = 20_000

export class BehaveIndex {
  private readonly prefixed = new PrefixTable(true)
  private readonly always: number[] = []
  private readonly memo = new Map<string, StepDefinition[]>()

  constructor(private readonly definitions: readonly StepDefinition[]) {
    definitions.forEach((definition, i) => {
      const prefix = (definition.pattern as StepMatcher).prefix?.()
      if (prefix) this.prefixed.add(prefix, i)
      else this.always.push(i)
    })
  }

  /** The definitions that may match `text`, in registration order. */
  candidates(text: string): StepDefinition[] {
    let found = this.memo.get(text)
    if (found) return found
    const positions = [...this.always]
    const sources = (positions.length > 0 ? 1 : 0) + this.prefixed.collect(text, positions)
    if (sources > 1) positions.sort((a, b) => a - b)
    found = positions.map((i) => this.definitions[i]!)
    if (this.memo.size >= MEMO_LIMIT) this.memo.clear()
    this.memo.set(text, found)
    return found
  }
}
