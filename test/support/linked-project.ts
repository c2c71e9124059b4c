// An empty project dir whose node_modules holds this repo's packages, plus `brine`: by default a
// package that maps brine's entry points (and its `brine` command) to the source, or with
// `{ built: true }` this repository itself, as installed (its dist/). Either way a project written
// for users (`import { brine } from 'brine/plugin'`, `npx brine check`) runs unchanged against it.
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { repoRoot, type FixtureProject } from './fixture-project.ts'

/** brine's package entries, mapped to their source. */
const ENTRIES = {
  '.': './src/runtime/index.ts',
  './internal': './src/runtime/internal.ts',
  './plugin': './src/plugin/index.ts',
  './behave': './src/behave/index.ts',
  './python': './src/behave/python/index.ts',
  './cucumber': './src/cucumber/index.ts',
  './reporters/*': './src/reporters/*.ts',
}

export function linkedProject({ built = false } = {}): FixtureProject {
  const root = mkdtempSync(join(tmpdir(), 'brine-linked-'))
  const shim = built ? repoRoot : join(root, 'brine-package')
  if (!built) {
    mkdirSync(shim)
    symlinkSync(join(repoRoot, 'src'), join(shim, 'src'), 'dir')
    writeFileSync(join(shim, 'package.json'), JSON.stringify({ name: 'brine', type: 'module', exports: ENTRIES }))
  }
  const dir = join(root, 'project')
  const bin = join(dir, 'node_modules/.bin')
  mkdirSync(bin, { recursive: true })
  for (const name of readdirSync(join(repoRoot, 'node_modules'))) {
    // Dot entries are tools' own state: a `.vite-temp` linked here would send Vite's bundled config
    // back into this repo's node_modules, where `brine` does not resolve.
    if (name !== 'brine' && !name.startsWith('.'))
      symlinkSync(join(repoRoot, 'node_modules', name), join(dir, 'node_modules', name))
  }
  for (const name of readdirSync(join(repoRoot, 'node_modules/.bin'))) {
    symlinkSync(join(repoRoot, 'node_modules/.bin', name), join(bin, name))
  }
  symlinkSync(shim, join(dir, 'node_modules/brine'), 'dir')
  // `npx brine …` runs the CLI of that package.
  const cli = built
    ? `exec node "${join(repoRoot, 'dist/cli/bin.js')}" "$@"`
    : `exec "${join(repoRoot, 'node_modules/.bin/vite-node')}" "${join(repoRoot, 'src/cli/bin.ts')}" -- "$@"`
  writeFileSync(join(bin, 'brine'), `#!/bin/sh\n${cli}\n`)
  chmodSync(join(bin, 'brine'), 0o755)
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
