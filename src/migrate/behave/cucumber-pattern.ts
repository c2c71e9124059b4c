// `--to cucumber`: a behave pattern as a Cucumber Expression, only where the two provably accept
// the same step texts with the same arguments. parse's fields never qualify (untyped `{x}` is a
// lazy `.+?` that may contain quotes; `{x:d}` accepts `+5` and `0x1F`; 1.2 ignores case), so only
// patterns without fields convert, under 1.3's case-sensitive matching. Everything else stays.
import { parseFields } from './pattern-fields.js'

const special = new Set(['(', ')', '{', '}', '/', '\\'])

export function toCucumberExpression(pattern: string, matcher: string, version: '1.2' | '1.3'): string | undefined {
  if (version !== '1.3' || (matcher !== 'parse' && matcher !== 'cfparse')) return undefined
  if (parseFields(pattern).length > 0) return undefined
  let out = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!
    // parse writes a literal brace as {{ or }}.
    if ((c === '{' || c === '}') && pattern[i + 1] === c) i++
    out += special.has(c) ? `\\${c}` : c
  }
  return out
}
