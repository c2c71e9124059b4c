// The Vitest settings brine() adds. Vitest 3 isolates per pool, not per file, so features get a
// project of their own: non-isolated threads (step files and the system under test load once per
// worker), while the user's other tests keep their own project with the isolation they had. Under
// Vitest 3 that project runs on brine's batch pool and runner (batch-pool.ts, runtime/feature-runner.ts).
import { configDefaults, coverageConfigDefaults, type ViteUserConfig as UserConfig } from 'vitest/config'
import type { ResolvedOptions } from './options.js'
import { isFeaturePath } from '../compile/feature-file.js'
import { vitestMajor } from './vitest-version.js'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * Set in the env of the projects brine makes so the plugin knows it runs inside one: '1' in the
 * features project, '0' in the one for the other tests.
 */
export const PROJECT_MARKER = 'BRINE_FEATURES_PROJECT'

type TestConfig = NonNullable<UserConfig['test']>

const FEATURE_FILES = ['**/*.feature', '**/*.feature.md']

// Beside this module: .ts when brine runs from source (its own tests), .js when built.
const sibling = (path: string) =>
  fileURLToPath(new URL(path + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url))
export const BATCH_POOL = sibling('./batch-pool')
export const FEATURE_RUNNER = sibling('../runtime/feature-runner')

/**
 * Whether the features project runs on brine's batch pool: under Vitest 3, when features are not
 * isolated (an isolated feature gets a fresh worker, as in Vitest's threads pool), and when nothing
 * asks for what the pool does not read (per-file environments or transform modes by glob).
 * BRINE_POOL=threads keeps Vitest's own threads pool.
 */
function batchPool(test: TestConfig, isolate: boolean, env: string | undefined): boolean {
  return !isolate && env !== 'threads' && !test.environmentMatchGlobs?.length && test.testTransformMode === undefined
}

export function isFeaturesProject(user: UserConfig): boolean {
  return user.test?.env?.[PROJECT_MARKER] === '1'
}

/** The names of a config's plugins, nested lists flattened (plugins still pending are left out). */
export function pluginNames(plugins: unknown): string[] {
  if (Array.isArray(plugins)) return plugins.flatMap(pluginNames)
  const name = (plugins as { name?: unknown } | null | undefined)?.name
  return typeof name === 'string' ? [name] : []
}

/** True for the config of one of the user's own projects: Vitest adds its project plugins to each. */
function isUserProject(user: UserConfig): boolean {
  return pluginNames(user.plugins).includes('vitest:project') && user.test?.env?.[PROJECT_MARKER] === undefined
}

export function vitestConfig(
  user: UserConfig,
  options: ResolvedOptions,
  major = vitestMajor(resolve(user.root ?? '.')),
): UserConfig {
  const test: TestConfig = user.test ?? {}
  const coverage = {
    // Feature files are test input, never code under test.
    exclude: test.coverage?.exclude ? FEATURE_FILES : [...coverageConfigDefaults.exclude, ...FEATURE_FILES],
  }
  if (isFeaturesProject(user)) return { test: { coverage } as TestConfig }
  // A project extending the root config sees the root's test.projects too: look at this first.
  if (isUserProject(user)) {
    // brine() inside one of the user's projects: that project runs the features; with no include
    // of its own, only them (Vitest's default include would run the other tests a second time).
    return { test: { include: [...(test.include ?? []), ...options.features], coverage } as TestConfig }
  }
  if (test.projects) {
    // The user has projects of their own: brine adds its files and leaves the layout to them.
    return { test: { include: withDefaults(test.include, options.features), coverage } as TestConfig }
  }
  // Vitest 4 has no poolOptions: isolate is a top-level option, set per project below.
  const legacy = major < 4
  const userIsolate = (legacy ? test.poolOptions?.threads?.isolate : undefined) ?? test.isolate
  const batch = legacy && batchPool(test, options.isolate || userIsolate === true, process.env.BRINE_POOL)
  return {
    test: {
      coverage,
      ...(legacy ? { poolOptions: { threads: { isolate: userIsolate ?? options.isolate } } } : {}),
      projects: [
        {
          extends: true,
          test: {
            name: options.project,
            include: options.features,
            // extends: true concatenates the root's include into this one; take those back out.
            exclude: [...configDefaults.exclude, ...(test.include ?? []).filter((glob) => !isFeaturePath(glob))],
            pool: batch ? BATCH_POOL : 'threads',
            ...(legacy && test.runner === undefined ? { runner: FEATURE_RUNNER } : {}),
            isolate: options.isolate,
            env: { [PROJECT_MARKER]: '1' },
          },
        },
        {
          extends: true,
          test: {
            name: test.name ?? 'tests',
            include: test.include ?? configDefaults.include,
            exclude: [...(test.exclude ?? configDefaults.exclude), ...options.features],
            isolate: userIsolate ?? true,
            env: { [PROJECT_MARKER]: '0' },
          },
        },
      ],
    } as TestConfig,
  }
}

function withDefaults(include: string[] | undefined, features: string[]): string[] {
  return [...(include ?? configDefaults.include), ...features]
}
