// The benchmark's parameters: defaults that match the suite in issue 5, the presets (--cpu-only,
// --io-heavy, --smoke, `--preset seed`; they compose), and flag parsing (`--features 50`, `--runs=3`).

export interface CorpusOptions {
  /** 'grid': every feature has `scenarios` scenarios of `steps` steps; 'seed': a skewed suite of the totals below. */
  shape: 'grid' | 'seed'
  features: number
  scenarios: number
  steps: number
  /** 'seed' shape: scenarios in the whole suite, spread unevenly over the features. */
  totalScenarios: number
  /** 'seed' shape: executed steps in the whole suite, Background steps counted once per scenario. */
  totalSteps: number
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
  /** The presets applied, joined with '+' ('default' for none): names the result file. */
  preset: string
}

export const defaults: BenchOptions = {
  shape: 'grid',
  features: 339,
  scenarios: 5,
  steps: 5,
  totalScenarios: 0,
  totalSteps: 0,
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
  'cpu-only': { stepCpuMs: 2, ioMs: 0 },
  'io-heavy': { stepCpuMs: 0.1, ioMs: 100, concurrent: true },
  // CI: every runner once on a tiny corpus, to prove the harness works; the figures mean nothing.
  smoke: { features: 6, scenarios: 2, steps: 3, importMs: 20, runs: 1, growth: false },
  // The size of a real suite (682 features, 15,230 scenarios, about 56,000 steps) with the default step
  // costs; one run each, since a run takes about a minute; no growth (it would build seed-sized corpora).
  seed: {
    shape: 'seed',
    features: 682,
    totalScenarios: 15_230,
    totalSteps: 56_000,
    runs: 1,
    growth: false,
    only: ['brine', 'brine-threads', 'brine-grouped', 'vitest', 'vitest-grouped', 'behave-fork', 'cucumber'],
  },
}

export const presetNames = Object.keys(presets)

export class BenchUsageError extends Error {}

/** Parses argv (without node and script) into options; presets apply first, flags override them. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = { ...defaults }
  const pairs: [string, string | undefined][] = []
  const applied: string[] = []
  const apply = (preset: string) => {
    if (!(preset in presets)) throw new BenchUsageError(`Unknown preset "${preset}" (${presetNames.join(', ')})`)
    Object.assign(options, presets[preset])
    applied.push(preset)
  }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    // npm and vite-node pass a lone `--` through.
    if (arg === '--') continue
    if (!arg.startsWith('--')) throw new BenchUsageError(`Unexpected argument "${arg}"`)
    const [name, inline] = arg.slice(2).split(/=(.*)/s) as [string, string | undefined]
    if (name in presets) {
      apply(name)
      continue
    }
    const value = inline ?? (isBooleanFlag(name) ? undefined : argv[++i])
    if (name === 'preset') {
      if (value === undefined) throw new BenchUsageError('--preset needs a value')
      value.split(',').filter(Boolean).forEach(apply)
      continue
    }
    pairs.push([name, value])
  }
  options.preset = applied.length ? applied.join('+') : 'default'
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
  } else if (key === 'shape') {
    if (value !== 'grid' && value !== 'seed') throw new BenchUsageError('--shape is grid or seed')
    record[key] = value
  } else {
    if (value === undefined) throw new BenchUsageError(`--${name} needs a value`)
    record[key] = value
  }
}
