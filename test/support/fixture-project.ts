// Throwaway projects for tests that need a real Vitest run: a temp dir with the given files, a
// vitest.config.ts that uses brine from this repo's source, and node_modules linked to ours.
import { spawn } from 'node:child_process'
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  existsSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { vitestArgs } from '../tools/vitest-args.ts'

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const src = (path: string) => JSON.stringify(join(repoRoot, 'src', path))

export interface FixtureProject {
  dir: string
  write(path: string, content: string): void
  read(path: string): string
  remove(): void
}

/**
 * Makes a project. `pluginOptions` is the source text of the object passed to brine(); a file
 * named vitest.config.ts in `files` replaces the generated one.
 */
export function fixtureProject(files: Record<string, string>, pluginOptions = '{}', testConfig = '{}'): FixtureProject {
  const dir = mkdtempSync(join(tmpdir(), 'brine-fixture-'))
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir')
  const project: FixtureProject = {
    dir,
    write(path, content) {
      const file = join(dir, path)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, content)
    },
    read: (path) => readFileSync(join(dir, path), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  }
  project.write('package.json', JSON.stringify({ name: 'fixture', type: 'module', private: true }))
  project.write('vitest.config.ts', fixtureConfig(pluginOptions, testConfig))
  for (const [path, content] of Object.entries(files)) project.write(path, content)
  return project
}

/** A vitest.config.ts that loads brine from this repository's source. */
export function fixtureConfig(pluginOptions = '{}', testConfig = '{}'): string {
  return `import { defineConfig } from 'vitest/config'
import { brine } from ${src('plugin/index.ts')}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^brine$/, replacement: ${src('runtime/index.ts')} },
      { find: /^brine\\/internal$/, replacement: ${src('runtime/internal.ts')} },
      { find: /^brine\\/behave$/, replacement: ${src('behave/index.ts')} },
      { find: /^brine\\/cucumber$/, replacement: ${src('cucumber/index.ts')} },
      { find: /^brine\\/python$/, replacement: ${src('behave/python/index.ts')} },
    ],
  },
  plugins: [brine(${pluginOptions})],
  test: ${testConfig},
})
`
}

export interface RunResult {
  exitCode: number
  stdout: string
  stderr: string
  /** Vitest's JSON report, when the run wrote one. */
  json?: JsonReport
}

export interface JsonAssertion {
  ancestorTitles: string[]
  title: string
  fullName: string
  status: 'passed' | 'failed' | 'skipped' | 'pending' | 'todo' | 'disabled'
  location?: { line: number; column: number }
  failureMessages: string[]
  meta?: Record<string, unknown>
}

export interface JsonReport {
  numTotalTests: number
  numPassedTests: number
  numFailedTests: number
  numPendingTests: number
  numTodoTests: number
  testResults: { name: string; status: string; message: string; assertionResults: JsonAssertion[] }[]
}

let runCount = 0

/** Runs `vitest run` in the project (a child process) with the JSON reporter next to `args`. */
export function runVitest(
  project: FixtureProject,
  args: string[] = [],
  env: Record<string, string> = {},
): Promise<RunResult> {
  // One report file per run: shards of the same project run at the same time.
  const report = join(project.dir, `.vitest-report-${++runCount}.json`)
  rmSync(report, { force: true })
  const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs')
  const argv = [
    vitest,
    'run',
    '--reporter=json',
    `--outputFile.json=${report}`,
    '--reporter=default',
    ...vitestArgs(args),
  ]
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, argv, {
      cwd: project.dir,
      env: { ...process.env, CI: '1', FORCE_COLOR: '0', NO_COLOR: '1', BRINE_TAGS: '', BRINE_GROUP: '', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    child.on('error', fail)
    child.on('close', (code) => {
      try {
        const json = existsSync(report) ? (JSON.parse(readFileSync(report, 'utf8')) as JsonReport) : undefined
        rmSync(report, { force: true })
        done({ exitCode: code ?? 1, stdout, stderr, ...(json ? { json } : {}) })
      } catch (error) {
        fail(new Error(`Vitest's JSON report ${report} could not be read`, { cause: error }))
      }
    })
  })
}

/** All test results of a report, keyed by their title. */
export function byTitle(report: JsonReport | undefined): Map<string, JsonAssertion> {
  const map = new Map<string, JsonAssertion>()
  for (const file of report?.testResults ?? []) for (const t of file.assertionResults) map.set(t.title, t)
  return map
}

/** Every file below `dir` (node_modules and Vitest reports aside), keyed by its path relative to `dir`. */
export function filesIn(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (at: string) => {
    for (const entry of readdirSync(at)) {
      if (entry === 'node_modules' || entry.startsWith('.vitest-report')) continue
      const path = join(at, entry)
      if (statSync(path).isDirectory()) walk(path)
      else files[relative(dir, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(dir)
  return files
}
