// behave.tag_expression: behave 1.2.6's old-style TagExpression (`@a,@b` is or, terms are and-ed,
// `-@a` or `~@a` is not, `@a:2` a limit), which step libraries such as behave4cmd0 build from
// feature text. The rest of behave is brine/behave itself; this module is plain data and logic.
import { PyObject } from '../object.js'
import { pyModule } from '../registry.js'

class TagExpression extends PyObject {
  /** Each entry is an or-list of normalised tags (`-` marks not); the entries are and-ed. */
  readonly ands: string[][] = []
  readonly limits = new Map<string, number>()

  constructor(tagExpressions: Iterable<string>) {
    super()
    for (const expression of tagExpressions)
      this.store_and_extract_limits(TagExpression.normalized_tags_from_or(expression))
  }

  /** Strips whitespace and `@`; `~` becomes `-`. */
  static normalize_tag(tag: string): string {
    tag = tag.trim()
    if (tag.startsWith('@')) return tag.slice(1)
    if (tag.startsWith('-@') || tag.startsWith('~@')) return `-${tag.slice(2)}`
    if (tag.startsWith('~')) return `-${tag.slice(1)}`
    return tag
  }

  static normalized_tags_from_or(expression: string): string[] {
    return expression
      .trim()
      .split(',')
      .map((tag) => TagExpression.normalize_tag(tag))
  }

  store_and_extract_limits(tags: Iterable<string>): void {
    const ors: string[] = []
    for (const tag of tags) {
      const [withNegation, limitText] = tag.split(':') as [string, string | undefined]
      ors.push(withNegation)
      if (limitText === undefined) continue
      const limit = Number.parseInt(limitText, 10)
      if (Number.isNaN(limit)) throw new Error(`invalid literal for int() with base 10: '${limitText}'`)
      const name = withNegation.startsWith('-') ? withNegation.slice(1) : withNegation
      const earlier = this.limits.get(name)
      if (earlier !== undefined && earlier !== limit)
        throw new Error(`Inconsistent tag limits for ${name}: ${earlier} and ${limit}`)
      this.limits.set(name, limit)
    }
    if (ors.length) this.ands.push(ors)
  }

  check(tags: Iterable<string>): boolean {
    const present = new Set(tags)
    const holds = (tag: string) => (tag.startsWith('-') ? !present.has(tag.slice(1)) : present.has(tag))
    return this.ands.every((ors) => ors.some(holds))
  }

  __len__(): number {
    return this.ands.length
  }

  __str__(): string {
    return this.ands.map((ors) => ors.join(',')).join(' ')
  }
}

export const behave_tag_expression = pyModule('behave.tag_expression', { TagExpression })
