// How time grows: brine and the plain-Vitest floor at 50 / 339 / 1,000 features, brine at
// 10 / 200 / 2,000 step definitions, and the in-process cost of one step lookup at each size.
import { join } from 'node:path'
import type { BenchOptions } from './bench-options.js'
import { compare } from './compare.js'
import { buildCorpus, corpusSize } from './corpus.js'
import { measureLookup, type LookupFigures } from './lookup-bench.js'
import { runners, type RunnerContext } from './runners.js'
import type { RunnerSummary } from './summary.js'
import { writeProjects } from './write-projects.js'

export interface GrowthRow {
  features: number
  definitions: number
  brine: RunnerSummary
  vitest?: RunnerSummary
  lookup?: LookupFigures
}

export const FEATURE_SIZES = [50, 339, 1000]
export const DEFINITION_SIZES = [10, 200, 2000]

export async function measureGrowth(
  options: BenchOptions,
  dir: string,
  repoRoot: string,
  brinePackage: string,
  context: RunnerContext,
  log: (line: string) => void,
): Promise<GrowthRow[]> {
  const rows: GrowthRow[] = []
  const pick = runners.filter((r) => r.id === 'brine' || r.id === 'vitest')
  const brineOnly = pick.filter((r) => r.id === 'brine')
  const run = async (features: number, definitions: number, withFloor: boolean) => {
    log(`growth: ${features} features, ${definitions} definitions`)
    const corpus = buildCorpus({ ...options, features, definitions })
    const projects = writeProjects(
      corpus,
      join(dir, `${features}-${definitions}`),
      repoRoot,
      options.workers,
      brinePackage,
    )
    const table = await compare(withFloor ? pick : brineOnly, projects, {
      scenarios: corpusSize(corpus).scenarios,
      runs: 1,
      slowRuns: 1,
      context,
      log,
    })
    return { features, definitions, brine: table[0]!, ...(withFloor ? { vitest: table[1]! } : {}) }
  }
  for (const features of FEATURE_SIZES) rows.push(await run(features, options.definitions, true))
  for (const definitions of DEFINITION_SIZES) {
    const row: GrowthRow = await run(options.features, definitions, false)
    row.lookup = await measureLookup(definitions, options.seed)
    log(
      `  lookup with ${definitions} definitions: ${row.lookup.indexedMicros.toFixed(2)} µs indexed, ${row.lookup.scanMicros.toFixed(2)} µs full scan; ` +
        `behave parse patterns ${row.lookup.behaveIndexedMicros.toFixed(2)} µs indexed, ${row.lookup.behaveScanMicros.toFixed(2)} µs full scan`,
    )
    rows.push(row)
  }
  log('')
  log(formatGrowth(rows))
  return rows
}

const fixed = (n: number | undefined, digits = 2) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '-')

export function formatGrowth(rows: readonly GrowthRow[]): string {
  const lines = [
    '| features | definitions | brine wall s | brine CPU s | Vitest wall s | lookup µs (index) | lookup µs (scan) |',
    '|---|---|---|---|---|---|---|',
  ]
  for (const r of rows) {
    lines.push(
      `| ${r.features} | ${r.definitions} | ${fixed(r.brine.wallSeconds)} | ${fixed(r.brine.cpuSeconds)} | ${fixed(r.vitest?.wallSeconds)} | ${fixed(r.lookup?.indexedMicros)} | ${fixed(r.lookup?.scanMicros)} |`,
    )
  }
  return lines.join('\n')
}
