// Turns the timed runs into the figures the benchmark reports: medians per runner, the ratio of
// each runner's wall time to brine's, and a plain-text table.
import type { Measurement } from './measure.js'

export interface RunnerSummary {
  id: string
  label: string
  runs: number
  /** Median of the runs; NaN when the runner was skipped or failed. */
  wallSeconds: number
  cpuSeconds: number
  peakRssMb: number
  /** RSS growth over the middle 80 % of the run, MB (see measure.ts). */
  rssGrowthMb: number
  /** This runner's wall time divided by brine's: above 1 means brine is faster. */
  vsBrine: number
  note?: string
}

export function median(values: readonly number[]): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b)
  if (finite.length === 0) return Number.NaN
  const mid = finite.length >> 1
  return finite.length % 2 ? finite[mid]! : (finite[mid - 1]! + finite[mid]!) / 2
}

export function summarize(
  id: string,
  label: string,
  measurements: readonly Measurement[],
  note?: string,
): Omit<RunnerSummary, 'vsBrine'> {
  const ok = measurements.filter((m) => m.exitCode === 0)
  const failed = measurements.length - ok.length
  const summary = {
    id,
    label,
    runs: ok.length,
    wallSeconds: median(ok.map((m) => m.wallSeconds)),
    cpuSeconds: median(ok.map((m) => m.cpuSeconds)),
    peakRssMb: median(ok.map((m) => m.peakRssMb)),
    rssGrowthMb: median(ok.map((m) => m.rssGrowthMb)),
  }
  const notes = [note, failed ? `${failed} run(s) failed` : undefined].filter(Boolean)
  return notes.length ? { ...summary, note: notes.join('; ') } : summary
}

export function withRatios(rows: Omit<RunnerSummary, 'vsBrine'>[], baseId = 'brine'): RunnerSummary[] {
  const base = rows.find((r) => r.id === baseId)?.wallSeconds ?? Number.NaN
  return rows.map((r) => ({ ...r, vsBrine: r.wallSeconds / base }))
}

const fixed = (n: number, digits: number) => (Number.isFinite(n) ? n.toFixed(digits) : '-')

/** A Markdown table, readable as plain text too. */
export function formatTable(rows: readonly RunnerSummary[]): string {
  const header = ['runner', 'wall s', 'CPU s', 'peak RSS MB', 'RSS growth MB', '× brine', 'runs', 'note']
  const body = rows.map((r) => [
    r.label,
    fixed(r.wallSeconds, 2),
    fixed(r.cpuSeconds, 2),
    fixed(r.peakRssMb, 0),
    fixed(r.rssGrowthMb, 0),
    fixed(r.vsBrine, 2),
    String(r.runs),
    r.note ?? '',
  ])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)))
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n')
}
