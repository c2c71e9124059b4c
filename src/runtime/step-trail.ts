// The trail a failing scenario's message ends with, as cucumber-js and behave print a failure: its
// steps in order, each with a status mark, keyword, text and where its definition is, and the hooks
// that did not pass where they ran. Long tables and doc strings are cut. The summary prints it too.
import type { ScenarioData, StepData } from '../types/feature-data.js'
import type { HookResult, ScenarioResult, StepResult, StepStatus } from '../types/scenario-result.js'

const MARKS: Record<StepStatus, string> = {
  passed: '✔',
  failed: '✖',
  ambiguous: '✖',
  undefined: '?',
  pending: '?',
  skipped: '-',
}
/** Rows of a table or lines of a doc string shown before the rest is cut. */
const ARGUMENT_LINES = 4
const CELL_WIDTH = 30
const LINE_WIDTH = 100
/** Locations line up unless a step's text is longer than this. */
const ALIGN_WIDTH = 60

/** A line of the trail: a step by its index, or a hook by its index in the result's hooks. */
export type TrailEntry = { step: number } | { hook: number }

export interface TrailOptions {
  /** Lines to print under an entry (the summary prints its error there). */
  details?: (entry: TrailEntry) => string[]
}

interface Row {
  entry: TrailEntry
  text: string
  location: string | undefined
  argument: string[]
}

/**
 * The trail of `scenario` in `uri`, from its `result`; without one (the scenario never started)
 * every step shows as skipped.
 */
export function stepTrail(
  scenario: ScenarioData,
  result: ScenarioResult | undefined,
  uri: string,
  options: TrailOptions = {},
): string {
  const rows = trailRows(scenario, result)
  const width = Math.min(ALIGN_WIDTH, Math.max(0, ...rows.map((row) => row.text.length)))
  const lines = [`${scenario.keyword}: ${scenario.name}  # ${uri}:${scenario.line}${examplesNote(scenario)}`]
  for (const row of rows) {
    lines.push(row.location === undefined ? `  ${row.text}` : `  ${row.text.padEnd(width)}  # ${row.location}`)
    for (const line of [...row.argument, ...(options.details?.(row.entry) ?? [])]) lines.push(`      ${line}`)
  }
  return lines.join('\n')
}

function trailRows(scenario: ScenarioData, result: ScenarioResult | undefined): Row[] {
  const hooks = (result?.hooks ?? []).map((hook, index) => ({ hook, index })).filter((h) => h.hook.status !== 'passed')
  const hookRows = (keep: (hook: HookResult) => boolean): Row[] =>
    hooks.filter((h) => keep(h.hook)).map(({ hook, index }) => hookRow(hook, index))
  const before = (hook: HookResult) => hook.kind.startsWith('Before')
  return [
    ...hookRows((hook) => hook.step === undefined && before(hook)),
    ...scenario.steps.flatMap((step, i) => [
      ...hookRows((hook) => hook.step === i && before(hook)),
      stepRow(step, i, result?.steps[i], result !== undefined),
      ...hookRows((hook) => hook.step === i && !before(hook)),
    ]),
    ...hookRows((hook) => hook.step === undefined && !before(hook)),
  ]
}

function stepRow(step: StepData, index: number, result: StepResult | undefined, ran: boolean): Row {
  return {
    entry: { step: index },
    text: `${MARKS[result?.status ?? 'skipped']} ${step.keyword}${step.text}`,
    location: ran ? definitionLocation(result) : undefined,
    argument: step.dataTable ? tableLines(step.dataTable) : step.docString ? docLines(step.docString) : [],
  }
}

function hookRow(hook: HookResult, index: number): Row {
  return {
    entry: { hook: index },
    text: `${MARKS[hook.status]} ${hook.kind} hook${hook.name ? ` "${hook.name}"` : ''}`,
    location: `${hook.uri}:${hook.line}`,
    argument: [],
  }
}

/** The definition a step ran (or would have run), every candidate when ambiguous, else `undefined`. */
function definitionLocation(result: StepResult | undefined): string {
  if (result?.definition) return `${result.definition.uri}:${result.definition.line}`
  const matches = result?.matches ?? []
  const where = matches.map((m) => `${m.definition.uri}:${m.definition.line}`)
  if (where.length > 1) return `ambiguous: ${where.join(', ')}`
  return where[0] ?? 'undefined'
}

function examplesNote(scenario: ScenarioData): string {
  const examples = scenario.examples
  if (!examples) return ''
  return ` (Examples${examples.name ? ` "${examples.name}"` : ''}, row ${examples.row})`
}

function tableLines(table: readonly (readonly string[])[]): string[] {
  const rows = table.slice(0, ARGUMENT_LINES).map((row) => row.map((cell) => cut(cell, CELL_WIDTH)))
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((row) => row[c]?.length ?? 0))) ?? []
  const lines = rows.map((row) => `| ${row.map((cell, c) => cell.padEnd(widths[c]!)).join(' | ')} |`)
  return [...lines, ...more(table.length - rows.length, 'row')]
}

function docLines(doc: { content: string; delimiter: string }): string[] {
  const all = doc.content.split('\n')
  const shown = all.slice(0, ARGUMENT_LINES).map((line) => cut(line, LINE_WIDTH))
  return [doc.delimiter, ...shown, ...more(all.length - shown.length, 'line'), doc.delimiter]
}

function more(count: number, noun: string): string[] {
  return count > 0 ? [`… ${count} more ${noun}${count === 1 ? '' : 's'}`] : []
}

function cut(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text
}
