// An empty project dir whose node_modules holds this repo's packages, plus a `brine` package
// that maps brine's entry points to its source, so a config written for users
// (`import { brine } from 'brine/plugin'`) runs unchanged against the source.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repoRoot, type FixtureProject } from '../support/fixture-project.ts'

export function linkedProject(): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'brine-init-'))
  const shim = join(root, 'brine-package')
  mkdirSync(shim)
  symlinkSync(join(repoRoot, 'src'), join(shim, 'src'), 'dir')
  const exports = {
    '.': './src/runtime/index.ts',
    './internal': './src/runtime/internal.ts',
    './plugin': './src/plugin/index.ts',
  }
  writeFileSync(join(shim, 'package.json'), JSON.stringify({ name: 'brine', type: 'module', exports }))
  const dir = join(root, 'project')
  mkdirSync(join(dir, 'node_modules'), { recursive: true })
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    if (name !== 'brine') symlinkSync(join(repoRoot, 'node_modules', name), join(dir, 'node_modules', name))
  }
  symlinkSync(shim, join(dir, 'node_modules/brine'), 'dir')
  return {
    dir,
    write(path, content) {
      mkdirSync(dirname(join(dir, path)), { recursive: true })
      writeFileSync(join(dir, path), content)
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    remove: () => rmSync(root, { recursive: true, force: true }),
  }
}
