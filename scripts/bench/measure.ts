// Runs one command and measures it: wall time, CPU time of the whole process tree (user + system,
// from /usr/bin/time, which counts every waited-for descendant), and peak RSS of the tree, summed
// over its live processes and sampled every 100 ms from /proc, with how fast it grew during the run.
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

export interface Measurement {
  wallSeconds: number
  cpuSeconds: number
  peakRssMb: number
  /** How much the tree's RSS grew over the middle 80 % of the run (least-squares slope × that time), MB. */
  rssGrowthMb: number
  exitCode: number
  /** Last lines of the output when the command failed. */
  outputTail?: string
  /** The end of the output, for counting what ran; not written to the results. */
  output?: string
}

const TIME = '/usr/bin/time'
const PAGE = 4096

export function canMeasureCpu(): boolean {
  return existsSync(TIME)
}

export async function measure(
  command: string[],
  cwd: string,
  env: Record<string, string> = {},
  timeoutMs = 30 * 60_000,
): Promise<Measurement> {
  const timeFile = join(cwd, '.bench-time')
  rmSync(timeFile, { force: true })
  const argv = canMeasureCpu() ? [TIME, '-f', '%U %S', '-o', timeFile, ...command] : command
  const started = performance.now()
  const child = spawn(argv[0]!, argv.slice(1), {
    cwd,
    env: { ...process.env, CI: '1', NO_COLOR: '1', FORCE_COLOR: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  // All of it: behave prints one summary per process, and the first may be megabytes back.
  const keep = (d: Buffer) => (output += d.toString())
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const samples: [seconds: number, bytes: number][] = []
  const sample = () => samples.push([(performance.now() - started) / 1000, treeRss(child.pid!)])
  const sampler = setInterval(sample, 100)
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)))
  const wallSeconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  clearTimeout(timer)
  let cpuSeconds = Number.NaN
  if (existsSync(timeFile)) {
    const last = readFileSync(timeFile, 'utf8').trim().split('\n').pop()!
    const [user, system] = last.split(' ').map(Number) as [number, number]
    cpuSeconds = user + system
    rmSync(timeFile, { force: true })
  }
  const peak = samples.reduce((max, [, bytes]) => Math.max(max, bytes), 0)
  const result: Measurement = {
    wallSeconds,
    cpuSeconds,
    peakRssMb: peak / 2 ** 20,
    rssGrowthMb: rssGrowth(samples, wallSeconds) / 2 ** 20,
    exitCode,
  }
  if (exitCode !== 0) result.outputTail = output.split('\n').slice(-30).join('\n')
  Object.defineProperty(result, 'output', { value: output, enumerable: false })
  return result
}

/**
 * The least-squares slope of RSS over time, fitted to the samples taken between 10 % and 90 % of the
 * run (start-up and shutdown left out), times that span: what a steady leak or a growing heap adds.
 */
export function rssGrowth(samples: readonly (readonly [number, number])[], wallSeconds: number): number {
  const window = samples.filter(([t]) => t >= 0.1 * wallSeconds && t <= 0.9 * wallSeconds)
  if (window.length < 3) return Number.NaN
  const n = window.length
  const meanT = window.reduce((s, [t]) => s + t, 0) / n
  const meanR = window.reduce((s, [, r]) => s + r, 0) / n
  let num = 0
  let den = 0
  for (const [t, r] of window) {
    num += (t - meanT) * (r - meanR)
    den += (t - meanT) ** 2
  }
  return den === 0 ? 0 : (num / den) * 0.8 * wallSeconds
}

/** Resident memory of a process and all its descendants, in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>()
  const rss = new Map<number, number>()
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      // The command name may hold spaces and parentheses; fields after the last ')' are fixed.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      const pid = Number(entry)
      const ppid = Number(fields[1])
      rss.set(pid, Number(fields[21]) * PAGE)
      children.set(ppid, [...(children.get(ppid) ?? []), pid])
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0
  const stack = [root]
  while (stack.length > 0) {
    const pid = stack.pop()!
    total += rss.get(pid) ?? 0
    stack.push(...(children.get(pid) ?? []))
  }
  return total
}
