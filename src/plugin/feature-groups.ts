// CI mode: several feature files per Vitest test file. Vitest pays a fixed cost per test file
// (a worker task, an RPC channel, runner setup and reports: about 7 ms of CPU each); a suite of
// hundreds of small features spends seconds on it. With `group` (or BRINE_GROUP=N) brine writes N
// group files, each listing a share of the features, and makes them the features project's test
// files. A group module imports its features all at once and registers them in its order (see
// runtime/collect-group.ts), so each keeps its own describe block, source map and task meta;
// Vitest's own reporters name the group file instead of the feature.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { globSync } from 'tinyglobby'
import type { ViteUserConfig as UserConfig } from 'vitest/config'
import { featureUri } from '../compile/feature-file.js'
import { writeAtomic } from '../files/write-atomic.js'
import { importSpecifier } from './import-specifier.js'

const GROUP_DIR = '.brine-cache/groups'
const GROUP_SUFFIX = '.feature-group'

/** What group mode asks for: a number of groups, `auto` (one per worker thread), or 0 when off. */
export type GroupSetting = number | 'auto'

/** The group setting from BRINE_GROUP, or else from the `group` option. */
export function groupSetting(env: string | undefined, option: number | 'auto' | boolean = false): GroupSetting {
  const fromEnv = env !== undefined && env !== ''
  const value = fromEnv ? env : String(option)
  if (value === '0' || value === 'false') return 0
  if (value === 'auto' || value === 'true') return 'auto'
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) {
    throw new Error(
      `${fromEnv ? 'BRINE_GROUP' : 'brine({ group })'} must be a positive number or "auto", not "${value}"`,
    )
  }
  return n
}

/** The Vitest settings that decide how many worker threads a run gets. */
export interface ThreadSettings {
  watch?: boolean
  maxWorkers?: number | string
  poolOptions?: { threads?: { maxThreads?: number | string } }
}

/**
 * How many groups a setting makes: `auto` is one per thread Vitest will start, read the way
 * Vitest 3 reads it (its threads option, else maxWorkers, else CPUs - 1, or half the CPUs in watch mode).
 */
export function groupCount(setting: GroupSetting, config: ThreadSettings, cpus = availableParallelism()): number {
  if (setting !== 'auto') return setting
  const configured = config.poolOptions?.threads?.maxThreads ?? config.maxWorkers
  if (typeof configured === 'number' && configured >= 1) return Math.floor(configured)
  return config.watch ? Math.max(Math.floor(cpus / 2), 1) : Math.max(cpus - 1, 1)
}

/** Splits files into `count` groups of about equal size, biggest first; keeps each group sorted. */
export function balance(files: readonly { path: string; size: number }[], count: number): string[][] {
  const groups = Array.from({ length: Math.min(count, files.length) }, () => ({ size: 0, paths: [] as string[] }))
  for (const file of [...files].sort((a, b) => b.size - a.size || a.path.localeCompare(b.path))) {
    const smallest = groups.reduce((min, g) => (g.size < min.size ? g : min))
    smallest.paths.push(file.path)
    smallest.size += file.size
  }
  return groups.map((g) => g.paths.sort())
}

/** The include glob of the group files: the features project's test files in group mode. */
export const GROUP_INCLUDE = `${GROUP_DIR}/*${GROUP_SUFFIX}`

/**
 * Writes `count` group files for the features `globs` match under `root` and `exclude` leaves in,
 * replacing older ones.
 */
export function writeGroups(root: string, globs: string[], count: number, exclude: readonly string[]): void {
  const dir = join(root, GROUP_DIR)
  const features = globSync(globs, { cwd: root, absolute: true, ignore: ['**/node_modules/**', ...exclude] })
  const groups = balance(
    features.map((path) => ({ path, size: statSync(path).size })),
    count,
  )
  mkdirSync(dir, { recursive: true })
  // Runs sharing the project (shards started side by side) may read these files while another
  // run writes them: each file is replaced whole by a rename, and only when its list changed.
  const names = groups.map((paths, i) => {
    const name = `group-${i + 1}${GROUP_SUFFIX}`
    const list = paths.map((path) => relative(dir, path).split('\\').join('/'))
    replaceFile(join(dir, name), JSON.stringify(list, null, 1) + '\n')
    return name
  })
  for (const old of readdirSync(dir)) {
    if (old.endsWith(GROUP_SUFFIX) && !names.includes(old)) rmSync(join(dir, old), { force: true })
  }
}

function replaceFile(path: string, content: string): void {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return
  writeAtomic(path, content)
}

export function isGroup(path: string): boolean {
  return path.endsWith(GROUP_SUFFIX)
}

/** The features a group file lists, as absolute paths. */
function groupFeatures(groupPath: string, source: string): string[] {
  return (JSON.parse(source) as string[]).map((file) => resolve(dirname(groupPath), file))
}

export interface GroupModuleOptions {
  /** Module specifier of the worker runtime entry. */
  runtime: string
  /** The group file's absolute path. */
  groupPath: string
  /** The project root, which feature uris are relative to. */
  root: string
  /** Import specifiers of the step files, relative to the group file. */
  stepImports: string[]
}

/**
 * The module of a group file: hands the runtime a loader of the step files and one per feature, in
 * the group's order. The runtime asks for the step files first and then for every feature at once,
 * so the main process transforms the features while the worker loads the steps (and what they
 * import).
 */
export function groupModule(source: string, { runtime, groupPath, root, stepImports }: GroupModuleOptions): string {
  const entries = groupFeatures(groupPath, source).map((path) => {
    const uri = featureUri(root, path)
    return `  [${JSON.stringify(uri)}, () => import(${JSON.stringify(importSpecifier(dirname(groupPath), path))})],\n`
  })
  const steps = stepImports.map((specifier) => `import(${JSON.stringify(specifier)})`).join(', ')
  return (
    `import { collectGroup } from ${JSON.stringify(runtime)};\n` +
    `await collectGroup(() => Promise.all([${steps}]), [\n${entries.join('')}]);\n`
  )
}

interface ProjectEntry {
  test?: { name?: string }
}

/** True when brine's config has its project named `project` (brine sets up the projects). */
export function hasProject(config: UserConfig, project: string): boolean {
  const projects = (config.test?.projects ?? []) as ProjectEntry[]
  return projects.some((p) => typeof p === 'object' && p.test?.name === project)
}
