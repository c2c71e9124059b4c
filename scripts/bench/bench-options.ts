// The benchmark's parameters: defaults that match the suite in issue 5, the --cpu-only and
// --io-heavy presets, and flag parsing (`--features 50`, `--runs=3`, `--only brine,vitest`).

export interface CorpusOptions {
  features: number
  scenarios: number
  steps: number
  /** Steps of the Background every feature has; 0 for none. */
  backgroundSteps: number
  /** Distinct step definitions the steps are drawn from. */
  definitions: number
  /** CPU time the system under test spends when it is imported, in ms. */
  importMs: number
  /** CPU time of each step, in ms. */
  stepCpuMs: number
  /** One asynchronous wait per scenario, in ms (0 for none). */
  ioMs: number
  /** Tag every feature @concurrent (runners that support it run its scenarios concurrently). */
  concurrent: boolean
  seed: number
}

export interface BenchOptions extends CorpusOptions {
  /** Timed runs per runner; runners take turns, so drift hits them all alike. */
  runs: number
  /** Timed runs of runners marked slow (behave one subprocess per feature). */
  slowRuns: number
  /** Runner ids to run; empty for all. */
  only: string[]
  skip: string[]
  workers: number
  /** Also measure growth with features and with step definitions. */
  growth: boolean
  /** Where corpora and results go. */
  out: string
  preset: 'default' | 'cpu-only' | 'io-heavy' | 'smoke'
}

export const defaults: BenchOptions = {
  features: 339,
  scenarios: 5,
  steps: 5,
  backgroundSteps: 1,
  definitions: 40,
  importMs: 500,
  stepCpuMs: 0.5,
  ioMs: 2,
  concurrent: false,
  seed: 339,
  runs: 3,
  slowRuns: 1,
  only: [],
  skip: [],
  workers: 2,
  growth: true,
  out: '.brine-cache/bench',
  preset: 'default',
}

const presets: Record<string, Partial<BenchOptions>> = {
  'cpu-only': { preset: 'cpu-only', stepCpuMs: 2, ioMs: 0 },
  'io-heavy': { preset: 'io-heavy', stepCpuMs: 0.1, ioMs: 100, concurrent: true },
  // CI: every runner once on a tiny corpus, to prove the harness works; the figures mean nothing.
  smoke: { preset: 'smoke', features: 6, scenarios: 2, steps: 3, importMs: 20, runs: 1, growth: false },
}

export class BenchUsageError extends Error {}

/** Parses argv (without node and script) into options; presets apply first, flags override them. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...defaults }
  const pairs: [string, string | undefined][] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    // npm and vite-node pass a lone `--` through.
    if (arg === '--') continue
    if (!arg.startsWith('--')) throw new BenchUsageError(`Unexpected argument "${arg}"`)
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined]
    if (name in presets) {
      Object.assign(options, presets[name])
      continue
    }
    const value = inline ?? (isBooleanFlag(name) ? undefined : argv[++i])
    pairs.push([name, value])
  }
  for (const [name, value] of pairs) setOption(options, name, value)
  return options
}

function isBooleanFlag(name: string): boolean {
  return ['concurrent', 'no-concurrent', 'growth', 'no-growth'].includes(name)
}

const camel = (name: string) => name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())

function setOption(options: BenchOptions, name: string, value: string | undefined): void {
  if (name === 'no-growth' || name === 'no-concurrent') {
    ;(options as unknown as Record<string, unknown>)[camel(name.slice(3))] = false
    return
  }
  const key = camel(name) as keyof BenchOptions
  if (!(key in defaults) || key === 'preset') throw new BenchUsageError(`Unknown flag --${name}`)
  const current = defaults[key]
  const record = options as unknown as Record<string, unknown>
  if (typeof current === 'boolean') {
    record[key] = value === undefined || value === 'true'
  } else if (Array.isArray(current)) {
    record[key] = (value ?? '').split(',').filter(Boolean)
  } else if (typeof current === 'number') {
    const n = Number(value)
    if (value === undefined || !Number.isFinite(n) || n < 0) throw new BenchUsageError(`--${name} needs a number`)
    record[key] = n
  } else {
    if (value === undefined) throw new BenchUsageError(`--${name} needs a value`)
    record[key] = value
  }
}
