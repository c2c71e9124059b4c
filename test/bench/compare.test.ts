// Measuring runs and comparing runners, on tiny node commands instead of real test runners.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test, vi } from 'vitest'
import { compare } from '../../scripts/bench/compare.ts'
import { canMeasureCpu, measure, rssGrowth } from '../../scripts/bench/measure.ts'
import type { Runner } from '../../scripts/bench/runners.ts'
import type { ProjectKind } from '../../scripts/bench/write-projects.ts'

const dir = mkdtempSync(join(tmpdir(), 'brine-measure-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))
// Child processes on a loaded 2-core machine can take seconds to start.
vi.setConfig({ testTimeout: 30_000 })

const node = (script: string) => [process.execPath, '-e', script]

test('measure: wall and CPU time, peak memory of the tree, exit code and output', async () => {
  // Spins until it has used 200 ms of CPU, however loaded the machine is.
  const busy =
    'const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000 }; const end = cpu() + 200; while (cpu() < end); console.log("Tests  3 passed")'
  const m = await measure(
    node(
      `require("child_process").execFileSync(process.execPath, ["-e", ${JSON.stringify(busy)}], { stdio: "inherit" })`,
    ),
    dir,
  )
  expect(m.exitCode).toBe(0)
  expect(m.wallSeconds).toBeGreaterThan(0.2)
  if (canMeasureCpu()) expect(m.cpuSeconds).toBeGreaterThan(0.2)
  expect(m.peakRssMb).toBeGreaterThan(10)
  expect(m.output).toContain('Tests  3 passed')
  const failed = await measure(node('console.error("broken"); process.exit(3)'), dir, { EXTRA: '1' })
  expect(failed.exitCode).toBe(3)
  expect(failed.outputTail).toContain('broken')
})

test('rssGrowth: the slope over the middle 80 % of the run, times that span', () => {
  // 10 MB per second from 0 to 10 s, with a spike at start-up and a drop at shutdown left out.
  const samples = Array.from({ length: 101 }, (_, i) => [i / 10, i * 1e6] as [number, number])
  samples[0] = [0, 5e8]
  samples[100] = [10, 0]
  expect(rssGrowth(samples, 10)).toBeCloseTo(8e7, -3)
  expect(
    rssGrowth(
      samples.map(([t]) => [t, 42]),
      10,
    ),
  ).toBe(0)
  expect(rssGrowth([[5, 1]], 10)).toBeNaN()
})

test('compare: turns, medians, skipped runners, and runs that passed too few scenarios', async () => {
  const runner = (id: string, script: string, extra: Partial<Runner> = {}): Runner => ({
    id,
    label: id,
    project: 'brine',
    command: () => node(script),
    missing: () => undefined,
    passed: (output) => Number(/(\d+) passed/.exec(output)?.[1]),
    ...extra,
  })
  const order: string[] = []
  const lines: string[] = []
  const projects = { brine: dir } as Record<ProjectKind, string>
  const table = await compare(
    [
      runner('brine', 'console.log("4 passed")', { prepare: () => order.push('brine') }),
      runner('short', 'console.log("3 passed")', { prepare: () => order.push('short') }),
      runner('slow', 'console.log("4 passed")', { slow: true, prepare: () => order.push('slow') }),
      runner('gone', '', { missing: () => 'not installed' }),
    ],
    projects,
    { scenarios: 4, runs: 2, slowRuns: 1, context: { repoRoot: dir, workers: 2 }, log: (l) => lines.push(l) },
  )
  expect(order).toEqual(['brine', 'short', 'slow', 'brine', 'short'])
  expect(table.map((r) => [r.id, r.runs, r.note])).toEqual([
    ['brine', 2, undefined],
    ['short', 0, '2 run(s) failed'],
    ['slow', 1, undefined],
    ['gone', 0, 'skipped: not installed'],
  ])
  expect(table[0]!.vsBrine).toBe(1)
  expect(lines.some((l) => l.includes('3 of 4 scenarios passed'))).toBe(true)
})
