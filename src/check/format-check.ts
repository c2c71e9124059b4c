// The text report of `brine check`: each feature that does not parse, each undefined, ambiguous or
// broken step text once with every place it is used, the unused definitions when asked for, and a
// one-line count at the end.
import type { CheckedStep, CheckReport } from './check-report.js'
import type { UnparsedFeature } from './collect-steps.js'
import type { DefinitionInfo } from './probe-types.js'

export interface FormatOptions {
  unused: boolean
  features: number
}

export function formatCheck(report: CheckReport, options: FormatOptions): string {
  const out: string[] = []
  for (const feature of report.unparsed) out.push(...unparsedLines(feature), '')
  for (const group of problemGroups(report.steps)) {
    const [first] = group
    out.push(`${label[first!.status]}: ${first!.keyword}${first!.text}`)
    for (const step of group) out.push(`  ${step.uri}:${step.line}`)
    if (first!.elsewhere) {
      out.push(
        '  Definitions of its text are scoped to other places:',
        ...columns(
          first!.elsewhere.map((c) => [c.pattern, where(c)]),
          4,
        ),
      )
    }
    if (first!.snippet) out.push('  Implement it with:', indent(first!.snippet, 4))
    if (first!.candidates) {
      out.push(
        '  It matches:',
        ...columns(
          first!.candidates.map((c) => [c.pattern, where(c)]),
          4,
        ),
      )
    }
    if (first!.error) out.push(indent(first!.error, 2))
    out.push('')
  }
  if (options.unused && report.unused.length > 0) {
    out.push(`Unused definitions (${report.unused.length}):`)
    out.push(
      ...columns(
        report.unused.map((u) => [u.pattern, `${u.uri}:${u.line}`]),
        2,
      ),
      '',
    )
  }
  out.push(summary(report, options))
  return out.join('\n') + '\n'
}

/** `Does not parse: file:line:column: message`, the parser's further problems on lines of their own. */
export function unparsedLines({ uri, line, column, message }: UnparsedFeature): string[] {
  const [first, ...more] = message.split('\n')
  return [`Does not parse: ${uri}:${line}:${column}: ${first}`, ...more.map((text) => `  ${text}`)]
}

/** `file:line`, and the scope of a scoped definition. */
function where(definition: DefinitionInfo): string {
  const at = `${definition.uri}:${definition.line}`
  return definition.scope ? `${at}  (scope: ${definition.scope})` : at
}

const label = { undefined: 'Undefined', ambiguous: 'Ambiguous', error: 'Broken', matched: 'Matched' } as const

/** Steps that do not have exactly one definition, grouped by status and text, in file order. */
function problemGroups(steps: readonly CheckedStep[]): CheckedStep[][] {
  const groups = new Map<string, CheckedStep[]>()
  for (const step of steps) {
    if (step.status === 'matched') continue
    const key = `${step.status}\0${step.text}`
    const group = groups.get(key) ?? []
    group.push(step)
    groups.set(key, group)
  }
  return [...groups.values()]
}

function summary(report: CheckReport, options: FormatOptions): string {
  const count = (status: string) => report.steps.filter((s) => s.status === status).length
  const parts = [`${count('matched')} matched`, `${count('undefined')} undefined`, `${count('ambiguous')} ambiguous`]
  const broken = count('error')
  if (broken > 0) parts.push(`${broken} broken`)
  if (options.unused) parts.push(`${plural(report.unused.length, 'unused definition')}`)
  const unparsed = report.unparsed.length ? ` (${report.unparsed.length} not parsed)` : ''
  return `${plural(options.features, 'feature')}${unparsed}, ${plural(report.steps.length, 'step')}: ${parts.join(', ')}`
}

/** Left column padded so the right column lines up. */
function columns(rows: readonly [string, string][], indentBy: number): string[] {
  const width = Math.max(...rows.map(([left]) => left.length))
  return rows.map(([left, right]) => `${' '.repeat(indentBy)}${left.padEnd(width)}  ${right}`)
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`
}

function indent(text: string, by: number): string {
  return text
    .split('\n')
    .map((line) => (line ? ' '.repeat(by) + line : line))
    .join('\n')
}
