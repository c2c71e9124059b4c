// The text catalog of `brine steps`, like behave's steps.usage: every definition with where it is
// written and how often it is used, then the steps using it; unused definitions are marked.
import type { DefinitionUsage } from './check-report.js'

export function formatUsage(usage: readonly DefinitionUsage[]): string {
  const out: string[] = []
  for (const { definition, uses } of usage) {
    const distinct = distinctUses(uses)
    const count = distinct.length === 0 ? 'UNUSED' : `${distinct.length} use${distinct.length === 1 ? '' : 's'}`
    out.push(`${definition.pattern}  # ${definition.uri}:${definition.line}  (${count})`)
    if (definition.scope) out.push(`  scope: ${definition.scope}`)
    const width = Math.max(0, ...distinct.map((use) => use.step.length))
    for (const use of distinct) out.push(`  ${use.step.padEnd(width)}  # ${use.where}`)
    out.push('')
  }
  const unused = usage.filter((u) => u.uses.length === 0).length
  out.push(`${usage.length} step definitions, ${unused} unused`)
  return out.join('\n') + '\n'
}

/** A Background step runs in every scenario but is one place in the file: list it once. */
function distinctUses(uses: DefinitionUsage['uses']): { step: string; where: string }[] {
  const seen = new Map<string, { step: string; where: string }>()
  for (const use of uses) {
    const where = `${use.uri}:${use.line}`
    const step = `${use.keyword}${use.text}${use.status === 'ambiguous' ? '  (ambiguous)' : ''}`
    seen.set(`${where}\0${step}`, { step, where })
  }
  return [...seen.values()]
}
