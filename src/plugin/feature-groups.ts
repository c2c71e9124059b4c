// CI mode: several feature files per Vitest test file. Vitest pays a fixed cost per test file
// (a worker task, an RPC channel, runner setup and reports: about 7 ms of CPU each); a suite of
// hundreds of small features spends seconds on it. With `group` (or BRINE_GROUP=N) brine writes N
// group files, each listing a share of the features, and makes them the features project's test
// files. A group module imports its features all at once and registers them in its order (see
// runtime/feature-group.ts), so each keeps its own describe block, source map and task meta;
// Vitest's own reporters name the group file instead of the feature.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { globSync } from 'tinyglobby'
import type { UserConfig } from 'vite'

export const GROUP_DIR = '.brine-cache/groups'
export const GROUP_SUFFIX = '.feature-group'

/**
 * How many groups BRINE_GROUP (or else the `group` option) asks for: a count, or `auto` / `true`
 * for one per CPU; 0 when off.
 */
export function groupCount(env: string | undefined, option: number | 'auto' | boolean = false): number {
  const value = env === undefined || env === '' ? String(option) : env
  const from = env === undefined || env === '' ? 'group' : 'BRINE_GROUP'
  if (value === '0' || value === 'false') return 0
  if (value === 'auto' || value === 'true') return availableParallelism()
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`${from} must be a positive number or "auto", not "${value}"`)
  return n
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

/** Writes the group files for the features `globs` match under `root`; returns the include glob. */
export function writeGroups(root: string, globs: string[], count: number): string {
  const dir = join(root, GROUP_DIR)
  const features = globSync(globs, { cwd: root, absolute: true, ignore: ['**/node_modules/**'] })
  const groups = balance(
    features.map((path) => ({ path, size: statSync(path).size })),
    count,
  )
  mkdirSync(dir, { recursive: true })
  for (const old of readdirSync(dir)) if (old.endsWith(GROUP_SUFFIX)) rmSync(join(dir, old), { force: true })
  groups.forEach((paths, i) => {
    const list = paths.map((path) => relative(dir, path).split('\\').join('/'))
    writeFileSync(join(dir, `group-${i + 1}${GROUP_SUFFIX}`), JSON.stringify(list, null, 1) + '\n')
  })
  return `${GROUP_DIR}/*${GROUP_SUFFIX}`
}

export function isGroup(path: string): boolean {
  return path.endsWith(GROUP_SUFFIX)
}

/** The features a group file lists, as absolute paths. */
export function groupFeatures(groupPath: string, source: string): string[] {
  return (JSON.parse(source) as string[]).map((file) => resolve(dirname(groupPath), file))
}

/**
 * The module of a group file: hands the runtime a loader of the step files and one per feature, in
 * the group's order. The runtime asks for the step files first and then for every feature at once,
 * so the main process transforms the features while the worker loads the steps (and what they
 * import).
 */
export function groupModule(
  source: string,
  runtime: string,
  groupPath: string,
  root: string,
  stepImports: string[],
): string {
  const list = JSON.parse(source) as string[]
  const paths = groupFeatures(groupPath, source)
  const entries = list.map((file, i) => {
    const specifier = JSON.stringify(file.startsWith('.') ? file : `./${file}`)
    const uri = relative(root, paths[i]!).split('\\').join('/')
    return `  [${JSON.stringify(uri)}, () => import(${specifier})],\n`
  })
  const steps = stepImports.map((specifier) => `import(${JSON.stringify(specifier)})`).join(', ')
  return (
    `import { collectGroup } from ${JSON.stringify(runtime)};\n` +
    `await collectGroup(() => Promise.all([${steps}]), [\n${entries.join('')}]);\n`
  )
}

interface ProjectEntry {
  test?: { name?: string; include?: string[] }
}

/** Points the features project of brine's config at the group files; false when there is none. */
export function includeGroups(config: UserConfig, project: string, include: string): boolean {
  const projects = (config.test?.projects ?? []) as ProjectEntry[]
  const features = projects.find((p) => typeof p === 'object' && p.test?.name === project)
  if (!features?.test) return false
  features.test.include = [include]
  return true
}
