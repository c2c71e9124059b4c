// The runners the benchmark compares: how each is started on its project, and whether it is
// installed here. A runner that is missing is reported as skipped, never estimated.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { ProjectKind } from './write-projects.js'

export interface RunnerContext {
  repoRoot: string
  workers: number
}

export interface Runner {
  id: string
  label: string
  project: ProjectKind
  /** Runs once before the timed runs: fills caches a repeat run would have. */
  warmUp?: boolean
  /** Takes minutes on the default corpus: timed `slowRuns` times instead of `runs`. */
  slow?: boolean
  command(context: RunnerContext): string[]
  /** Environment of its runs, besides what every run gets. */
  env?(context: RunnerContext): Record<string, string>
  /** Called before each timed run. */
  prepare?(projectDir: string): void
  /** Why it cannot run here, or undefined when it can. */
  missing(context: RunnerContext): string | undefined
  /** How many scenarios passed, read from the end of the output; undefined when it does not say. */
  passed?(output: string): number | undefined
}

const lastNumber = (pattern: RegExp) => (output: string) => {
  const all = [...output.matchAll(pattern)]
  return all.length ? Number(all[all.length - 1]![1]) : undefined
}
const vitestPassed = lastNumber(/Tests\s+(\d+) passed/g)
const cucumberPassed = lastNumber(/\d+ scenarios? \((\d+) passed\)/g)
/** behave prints one summary per process: the fork pool's chunks add up. */
const behavePassed = (output: string) => {
  const all = [...output.matchAll(/(\d+) scenarios? passed/g)]
  return all.length ? all.reduce((sum, m) => sum + Number(m[1]), 0) : undefined
}

/**
 * `vitest run` with the thread count. No `--pool` flag: Vitest applies it to every project, which
 * would replace the pool brine's features project runs on; every project here sets its own.
 */
const vitest = ({ repoRoot, workers }: RunnerContext) => [
  process.execPath,
  join(repoRoot, 'node_modules/vitest/vitest.mjs'),
  'run',
  `--poolOptions.threads.maxThreads=${workers}`,
]

const nodeModule = (path: string) => (ctx: RunnerContext) =>
  existsSync(join(ctx.repoRoot, 'node_modules', path)) ? undefined : `node_modules/${path} is not installed`

let behavePython: string | null | undefined
/** The Python that has behave: the interpreter named on the behave script's #! line. */
const findBehavePython = (): string | null => {
  if (behavePython === undefined) {
    try {
      const script = execFileSync('sh', ['-c', 'command -v behave'], { encoding: 'utf8' }).trim()
      const shebang = readFileSync(script, 'utf8').split('\n', 1)[0]!
      behavePython = shebang.startsWith('#!') ? shebang.slice(2).trim().split(/\s+/).pop()! : 'python3'
    } catch {
      behavePython = null
    }
  }
  return behavePython
}
const behaveMissing = () => (findBehavePython() ? undefined : 'behave is not installed (Debian: python3-behave)')
const python = () => findBehavePython() ?? 'python3'

const clearBrineCache = (dir: string) => rmSync(join(dir, '.brine-cache'), { recursive: true, force: true })

export const runners: Runner[] = [
  {
    id: 'brine',
    label: 'brine (warm cache)',
    project: 'brine',
    warmUp: true,
    command: vitest,
    missing: () => undefined,
    passed: vitestPassed,
  },
  {
    id: 'brine-cold',
    label: 'brine (cold cache)',
    project: 'brine',
    command: vitest,
    prepare: clearBrineCache,
    missing: () => undefined,
    passed: vitestPassed,
  },
  {
    id: 'brine-threads',
    label: "brine on Vitest's threads pool",
    project: 'brine',
    // Before brine's batch pool was the default under Vitest 3: one worker task per feature file.
    command: vitest,
    env: () => ({ BRINE_POOL: 'threads' }),
    missing: () => undefined,
    passed: vitestPassed,
  },
  {
    id: 'brine-grouped',
    label: 'brine BRINE_GROUP=workers',
    project: 'brine',
    command: vitest,
    env: ({ workers }) => ({ BRINE_GROUP: String(workers) }),
    missing: () => undefined,
    passed: vitestPassed,
  },
  {
    id: 'brine-ci',
    label: 'brine, CI settings (group, concurrent)',
    project: 'brine',
    // Concurrent scenarios compile to other modules: a cache of their own to fill.
    warmUp: true,
    command: (ctx) => [...vitest(ctx), '--config', 'vitest.ci.config.ts'],
    // One group per worker, also when --workers differs from the CPU count.
    env: ({ workers }) => ({ BRINE_GROUP: String(workers) }),
    missing: () => undefined,
    passed: vitestPassed,
  },
  {
    id: 'vitest',
    label: 'plain Vitest (floor)',
    project: 'vitest',
    command: vitest,
    missing: () => undefined,
    passed: vitestPassed,
  },
  {
    id: 'vitest-grouped',
    label: 'plain Vitest, 1 file per worker',
    project: 'vitest',
    command: (ctx) => [...vitest(ctx), '--config', 'vitest.grouped.config.ts'],
    missing: () => undefined,
    passed: vitestPassed,
  },
  {
    id: 'cucumber',
    label: 'cucumber-js --parallel',
    project: 'cucumber',
    command: ({ repoRoot, workers }) => [
      process.execPath,
      join(repoRoot, 'node_modules/@cucumber/cucumber/bin/cucumber.js'),
      '--parallel',
      String(workers),
      '--import',
      'steps/**/*.mjs',
      'features/',
    ],
    missing: nodeModule('@cucumber/cucumber/bin/cucumber.js'),
    passed: cucumberPassed,
  },
  {
    id: 'quickpickle',
    label: 'quickpickle (defaults)',
    project: 'quickpickle',
    // Its isolated test files import the system under test once per feature: minutes by default.
    slow: true,
    command: vitest,
    missing: nodeModule('quickpickle/package.json'),
    passed: vitestPassed,
  },
  {
    id: 'behave-fork',
    label: 'behave fork pool',
    project: 'behave',
    command: ({ workers }) => [python(), 'fork_pool.py', String(workers)],
    missing: behaveMissing,
    passed: behavePassed,
  },
  {
    id: 'behave',
    label: 'behave one process',
    project: 'behave',
    command: () => ['behave'],
    missing: behaveMissing,
    passed: behavePassed,
  },
  {
    id: 'behave-per-feature',
    label: 'behave subprocess per feature',
    project: 'behave',
    slow: true,
    command: ({ workers }) => [python(), 'per_feature.py', String(workers)],
    missing: behaveMissing,
  },
]

/** Environment every run gets: behave finds sut.py on PYTHONPATH. */
export function runnerEnv(projectDir: string): Record<string, string> {
  return { PYTHONPATH: projectDir }
}
