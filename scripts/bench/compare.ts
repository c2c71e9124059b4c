// Runs the chosen runners on one corpus: an untimed warm-up where a runner wants one, then the
// timed runs in turns (brine, vitest, ..., brine, vitest, ...) so drift affects them all alike.
import type { Measurement } from './measure.js'
import { measure } from './measure.js'
import { runnerEnv, type Runner, type RunnerContext } from './runners.js'
import { summarize, withRatios, type RunnerSummary } from './summary.js'
import type { ProjectKind } from './write-projects.js'

export interface CompareOptions {
  /** Scenarios in the corpus: a run that reports fewer passed is counted as failed. */
  scenarios: number
  runs: number
  slowRuns: number
  context: RunnerContext
  log: (line: string) => void
}

export async function compare(
  chosen: readonly Runner[],
  projects: Record<ProjectKind, string>,
  options: CompareOptions,
): Promise<RunnerSummary[]> {
  const { context, log } = options
  const results = new Map<string, Measurement[]>()
  const notes = new Map<string, string>()
  const active: Runner[] = []
  for (const runner of chosen) {
    const missing = runner.missing(context)
    if (missing) notes.set(runner.id, `skipped: ${missing}`)
    else active.push(runner)
    results.set(runner.id, [])
  }
  const once = async (runner: Runner, timed: boolean) => {
    const dir = projects[runner.project]
    runner.prepare?.(dir)
    const m = await measure(runner.command(context), dir, { ...runnerEnv(dir), ...runner.env?.(context) })
    const passed = runner.passed?.(m.output ?? '')
    if (m.exitCode === 0 && passed !== undefined && passed !== options.scenarios) {
      m.exitCode = -1
      m.outputTail = `${passed} of ${options.scenarios} scenarios passed`
    }
    const what = timed ? 'run' : 'warm-up'
    log(
      `  ${runner.id} ${what}: ${m.wallSeconds.toFixed(2)} s wall, ${m.cpuSeconds.toFixed(2)} s CPU, ` +
        `peak RSS ${m.peakRssMb.toFixed(0)} MB (+${m.rssGrowthMb.toFixed(0)} MB), exit ${m.exitCode}`,
    )
    if (m.exitCode !== 0) log(m.outputTail ?? '')
    if (timed) results.get(runner.id)!.push(m)
  }
  for (const runner of active) if (runner.warmUp) await once(runner, false)
  const rounds = Math.max(options.runs, options.slowRuns)
  for (let round = 0; round < rounds; round++) {
    for (const runner of active) {
      if (round < (runner.slow ? options.slowRuns : options.runs)) await once(runner, true)
    }
  }
  return withRatios(chosen.map((r) => summarize(r.id, r.label, results.get(r.id)!, notes.get(r.id))))
}
