// CI mode: several feature files per Vitest test file. Vitest pays a fixed cost per test file
// (a worker task, an RPC channel, runner setup and reports: about 7 ms of CPU each); a suite of
// hundreds of small features spends seconds on it. With BRINE_GROUP=N brine writes N group files,
// each listing a share of the features, and makes them the features project's test files. A group
// module imports its features one after the other, so each keeps its own describe block, source
// map and task meta; Vitest's own reporters name the group file instead of the feature.
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, relative } from 'node:path'
import { globSync } from 'tinyglobby'
import type { UserConfig } from 'vite'

export const GROUP_DIR = '.brine-cache/groups'
export const GROUP_SUFFIX = '.feature-group'

/** How many groups BRINE_GROUP asks for: a count, or `auto` for one per CPU; 0 when off. */
export function groupCount(value: string | undefined): number {
  if (!value || value === '0' || value === 'false') return 0
  if (value === 'auto' || value === 'true') return availableParallelism()
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1) throw new Error(`BRINE_GROUP must be a positive number or "auto", not "${value}"`)
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

/** The module of a group file: imports its features in order, awaiting each. */
export function groupModule(source: string): string {
  const list = JSON.parse(source) as string[]
  return list.map((file) => `await import(${JSON.stringify(file.startsWith('.') ? file : `./${file}`)});\n`).join('')
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
