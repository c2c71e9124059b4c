// The options of brine() in vitest.config.ts, and their defaults.
import type { Dialect } from '../types/feature-data.js'

export interface BrineOptions {
  /** Globs of feature files, relative to the Vite root. Default `features/**\/*.feature`. */
  features?: string | string[]
  /** Globs of step files every feature imports. Default `steps/**\/*.{ts,js,mts,mjs}`. */
  steps?: string | string[]
  /** Cucumber tag expression selecting scenarios; the BRINE_TAGS environment variable overrides it. */
  tags?: string
  /** Regular expressions: only scenarios whose name matches one of them run (the others are reported skipped). */
  names?: string[]
  /** Default timeout of each step and hook in ms. Default 5000. */
  stepTimeout?: number
  /** How many more times a failed scenario runs (as `@retries:N`, which takes precedence). Default 0. */
  retry?: number
  /** A Cucumber tag expression limiting `retry` to the scenarios it matches. */
  retryTagFilter?: string
  /** False: undefined steps are reported but do not fail the run, as Cucumber's `strict: false`. Default true. */
  strict?: boolean
  /** Match every step, run no step or hook; matched steps are reported skipped (Cucumber's dry run). */
  dryRun?: boolean
  /** Values every World receives as `world.parameters`. */
  worldParameters?: Record<string, unknown>
  /** Run each feature's scenarios concurrently unless tagged @sequential. Default false. */
  concurrent?: boolean
  /**
   * Run each feature file in a fresh module graph. Default false: step files and the system under
   * test load once per worker, which is what makes large suites fast.
   */
  isolate?: boolean
  /** Default Gherkin language when a file has no `# language:` header. Default `en`. */
  language?: string
  /**
   * How .feature files are read: `gherkin` (Cucumber's parser) or `behave` (behave 1.2.6's, for a
   * migrated behave suite: its keywords, doc strings, tables, tags and outline names, and only
   * the tags behave gives a meaning change how a scenario runs). Default `gherkin`.
   */
  dialect?: Dialect
  /** Name of the Vitest project that runs the features. Default `features`. */
  project?: string
  /**
   * CI mode: run the features as this many Vitest test files (`'auto'` or true: one per worker
   * thread), each importing a share of them, instead of one test file per feature; `vitest run`
   * only. The BRINE_GROUP environment variable overrides it. Default off.
   */
  group?: number | 'auto' | boolean
}

export interface ResolvedOptions {
  features: string[]
  steps: string[]
  tags: string | undefined
  stepTimeout: number | undefined
  worldParameters: Record<string, unknown> | undefined
  concurrent: boolean
  isolate: boolean
  language: string
  dialect: Dialect
  project: string
  group: number | 'auto' | boolean
}

const list = (value: string | string[] | undefined, fallback: string): string[] =>
  value === undefined ? [fallback] : Array.isArray(value) ? value : [value]

export function resolveOptions(options: BrineOptions = {}): ResolvedOptions {
  if (options.dialect !== undefined && options.dialect !== 'gherkin' && options.dialect !== 'behave') {
    throw new TypeError(`brine(): dialect must be 'gherkin' or 'behave', not ${JSON.stringify(options.dialect)}`)
  }
  return {
    features: list(options.features, 'features/**/*.feature'),
    steps: list(options.steps, 'steps/**/*.{ts,js,mts,mjs}'),
    tags: options.tags,
    stepTimeout: options.stepTimeout,
    worldParameters: options.worldParameters,
    concurrent: options.concurrent ?? false,
    isolate: options.isolate ?? false,
    language: options.language ?? 'en',
    dialect: options.dialect ?? 'gherkin',
    project: options.project ?? 'features',
    group: options.group ?? false,
  }
}
