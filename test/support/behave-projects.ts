// The real behave projects of test/fixtures/real/behave-projects, suite by suite: each laid out in
// a temp dir as make-results.sh lays it out for behave, migrated there with `brine migrate behave`,
// and run under Vitest with brine from this repository's source.
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { main } from '../../src/cli/main.ts'
import { repoRoot } from './fixture-project.ts'

export interface BehaveSuite {
  project: string
  /** Where behave runs, inside the project. */
  root: string
  /** The suite's folder under root: copied as features/ (a project with several suites runs each so, as tox does). */
  features: string
  env?: Record<string, string>
  /** Where the project is, when not under test/fixtures/real/behave-projects (relative to the repository). */
  base?: string
  /** Other folders of the project the suite imports (copied beside features/). */
  with?: string[]
}

export const BEHAVE = '/usr/bin/behave'
const projectsDir = join(repoRoot, 'test/fixtures/real/behave-projects')

/** A copy of the suite laid out for behave and brine; node_modules linked to this repository's. */
export function suiteCopy(suite: BehaveSuite): string {
  const dir = mkdtempSync(join(tmpdir(), `brine-${suite.project}-`))
  const root = join(suite.base ? join(repoRoot, suite.base) : projectsDir, suite.project, suite.root)
  if (suite.features === 'features') cpSync(root, dir, { recursive: true })
  else {
    cpSync(join(root, 'behave.ini'), join(dir, 'behave.ini'))
    cpSync(join(root, suite.features), join(dir, 'features'), { recursive: true })
  }
  for (const folder of suite.with ?? []) cpSync(join(root, folder), join(dir, folder), { recursive: true })
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: suite.project, type: 'module', private: true }))
  return dir
}

/** behave 1.2.6's recorded JSON for the suite (make-results.sh). */
export const recordedResults = (suite: BehaveSuite): unknown =>
  JSON.parse(readFileSync(join(projectsDir, suite.project, 'behave-results', `${suite.features}.json`), 'utf8'))

/** `brine migrate behave` in the copy, in-process; resolves to its exit code and output. */
export async function migrate(
  dir: string,
  suite: BehaveSuite,
  extra: string[] = [],
): Promise<{ code: number; out: string }> {
  let out = ''
  const code = await main({
    argv: ['migrate', 'behave', '.', '--behave', '1.2', ...extra],
    cwd: dir,
    env: {},
    stdout: (t) => (out += t),
    stderr: (t) => (out += t),
  })
  useSource(dir)
  return { code, out }
}

/** The migration's vitest.config.ts, with brine and its entries taken from this repository's source. */
function useSource(dir: string): void {
  const file = join(dir, 'vitest.config.ts')
  const src = (path: string) => JSON.stringify(join(repoRoot, 'src', path))
  const config = readFileSync(file, 'utf8')
    .replace(`from 'brine/plugin'`, `from ${src('plugin/index.ts')}`)
    .replace(
      'export default defineConfig({\n',
      `export default defineConfig({
  resolve: {
    alias: [
      { find: /^brine$/, replacement: ${src('runtime/index.ts')} },
      { find: /^brine\\/internal$/, replacement: ${src('runtime/internal.ts')} },
      { find: /^brine\\/behave$/, replacement: ${src('behave/index.ts')} },
      { find: /^brine\\/python$/, replacement: ${src('behave/python/index.ts')} },
    ],
  },
`,
    )
  if (!config.includes('alias')) throw new Error(`${file} is not the config the migration writes:\n${config}`)
  writeFileSync(file, config)
}

/** The TypeScript files the migration wrote (below steps/). */
export function generatedFiles(dir: string, at = join(dir, 'steps')): string[] {
  return readdirSync(at).flatMap((name) => {
    const path = join(at, name)
    return statSync(path).isDirectory() ? generatedFiles(dir, path) : name.endsWith('.ts') ? [path] : []
  })
}

export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true })
