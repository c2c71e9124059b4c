// Where a behave project keeps things: the base directory (the one holding steps/), step files in
// the order behave loads them, environment.py, and the project modules an import can resolve to.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, relative, sep } from 'node:path'

export interface ProjectLayout {
  /** Absolute path of the behave project (the migrated source directory). */
  root: string
  /** Absolute path of the directory holding steps/ and environment.py (usually features/). */
  base: string
  /** Step files, project-relative with '/', in behave's load order. */
  stepFiles: string[]
  /** Project-relative path of environment.py, if any. */
  environment?: string
  /** Directories imports resolve against (behave puts steps/ and the base on sys.path). */
  importRoots: string[]
}

export const toPosix = (path: string) => path.split(sep).join('/')

export function projectLayout(root: string, version: '1.2' | '1.3', stepsDir = 'steps'): ProjectLayout {
  const base = existsSync(join(root, 'features', stepsDir)) ? join(root, 'features') : root
  const steps = join(base, stepsDir)
  // behave 1.2 loads only the .py files directly in steps/, sorted by name; 1.3 also descends.
  const stepFiles = existsSync(steps)
    ? pythonFiles(steps, version === '1.3').map((f) => toPosix(relative(root, f)))
    : []
  const environment = existsSync(join(base, 'environment.py'))
    ? toPosix(relative(root, join(base, 'environment.py')))
    : undefined
  return { root, base, stepFiles, ...(environment ? { environment } : {}), importRoots: [steps, base, root] }
}

function pythonFiles(dir: string, recurse: boolean): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name)
    if (name.endsWith('.py') && statSync(path).isFile()) out.push(path)
    else if (recurse && statSync(path).isDirectory() && !name.startsWith('.') && name !== '__pycache__')
      out.push(...pythonFiles(path, true))
  }
  return out
}

/** The project file a Python import names, or undefined for the standard library and third-party packages. */
export function resolveModule(
  layout: ProjectLayout,
  module: string,
  level: number,
  fromFile: string,
): string | undefined {
  const parts = module ? module.split('.') : []
  const roots = level > 0 ? [ancestor(join(layout.root, fromFile), level)] : layout.importRoots
  for (const dir of roots) {
    const path = join(dir, ...parts)
    for (const candidate of [`${path}.py`, join(path, '__init__.py')]) {
      if (existsSync(candidate) && candidate.startsWith(layout.root)) return toPosix(relative(layout.root, candidate))
    }
  }
  return undefined
}

function ancestor(file: string, level: number): string {
  let dir = file
  for (let i = 0; i < level; i++) dir = join(dir, '..')
  return dir
}
