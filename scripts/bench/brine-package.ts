// brine as a user installs it: this repository built with tsc into a package directory, which each
// bench project gets as node_modules/brine. Vitest then loads the runtime as plain JavaScript
// from node_modules, without transforming it, as in a real project.
import { execFileSync } from 'node:child_process'
import { copyFileSync, cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs'
import { join } from 'node:path'

/** Builds brine into `<dir>/dist` with its package.json next to it; returns `dir`. */
export function buildBrinePackage(repoRoot: string, dir: string): string {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
  try {
    execFileSync(process.execPath, [tsc, '-p', join(repoRoot, 'tsconfig.build.json'), '--outDir', join(dir, 'dist')], {
      stdio: 'pipe',
    })
  } catch (error) {
    // tsc still writes JavaScript when it finds type errors; without it there is nothing to run.
    if (!existsSync(join(dir, 'dist/plugin/index.js'))) throw error
  }
  copyFileSync(join(repoRoot, 'package.json'), join(dir, 'package.json'))
  return dir
}

/** A node_modules for a project: every package of the repository's, linked, plus brine itself. */
export function installBrine(projectDir: string, repoRoot: string, brinePackage: string): void {
  const modules = join(projectDir, 'node_modules')
  mkdirSync(modules, { recursive: true })
  for (const entry of readdirSync(join(repoRoot, 'node_modules'))) {
    if (entry === 'brine') continue
    symlinkSync(join(repoRoot, 'node_modules', entry), join(modules, entry))
  }
  // A copy, not a link: Vite keeps modules whose real path is inside node_modules out of its transform.
  cpSync(brinePackage, join(modules, 'brine'), { recursive: true })
}
