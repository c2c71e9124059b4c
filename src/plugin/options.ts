// The options of brine() in vitest.config.ts, their defaults, and the one-line error a mistake
// in them gets (an unknown option, a tag expression that does not parse).
import parseTagExpression from '@cucumber/tag-expressions'
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

// Every option once: the compiler fails here when an option is added to BrineOptions and not to this list.
const EVERY_OPTION: Record<keyof BrineOptions, true> = {
  features: true,
  steps: true,
  tags: true,
  stepTimeout: true,
  worldParameters: true,
  concurrent: true,
  isolate: true,
  language: true,
  project: true,
  group: true,
  dialect: true,
  retry: true,
  retryTagFilter: true,
  names: true,
  strict: true,
  dryRun: true,
}
const KNOWN = Object.keys(EVERY_OPTION) as (keyof BrineOptions)[]

const list = (value: string | string[] | undefined, fallback: string): string[] =>
  value === undefined ? [fallback] : Array.isArray(value) ? value : [value]

/** The options with their defaults; throws on an unknown option or a tag expression that does not parse. */
export function resolveOptions(options: BrineOptions = {}): ResolvedOptions {
  for (const name of Object.keys(options)) {
    if (!KNOWN.includes(name as keyof BrineOptions)) throw new Error(unknownOption(name))
  }
  if (options.tags !== undefined) assertTagExpression(options.tags, 'brine({ tags })')
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

function unknownOption(name: string): string {
  const near = KNOWN.find((known) => distance(known.toLowerCase(), name.toLowerCase()) <= 2)
  const hint = near ? ` (did you mean "${near}"?)` : ''
  return `brine(): unknown option "${name}"${hint}; the options are ${KNOWN.join(', ')}`
}

/** Throws a one-line error when `expression` (from `source`) is not a Cucumber tag expression. */
export function assertTagExpression(expression: string, source: string): void {
  if (!expression.trim()) return
  try {
    parseTagExpression(expression)
  } catch (error) {
    throw new Error(
      `${source} is not a valid tag expression: ${(error as Error).message} Write one such as "@smoke and not @slow".`,
      { cause: error },
    )
  }
}

/** Edit distance, for the nearest option name to a misspelt one. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const row = [i]
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    previous = row
  }
  return previous[b.length]!
}
