// What the tests of real cucumber-js projects share: a copy of a vendored project next to this
// repo's node_modules (brine from source), `brine migrate cucumber-js` through the CLI, each
// scenario's outcome under cucumber-js 12.9 (run live) and under brine, and the TypeScript check.
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import type { Envelope } from '@cucumber/messages'
import { main } from '../../../src/cli/main.ts'
import { outcomesFromMessages, type ScenarioOutcome } from '../../../src/migrate/cucumber-js/verify/outcomes.ts'
import { repoRoot } from '../../support/fixture-project.ts'
import { writeCucumberCjsTypes } from '../../../scripts/cucumber-cjs-types.ts'
import { linkedProject } from '../../support/linked-project.ts'

export const realProjects = join(repoRoot, 'test/fixtures/real/cucumber-js')

export interface RealProject {
  dir: string
  remove(): void
}

/** A copy of `test/fixtures/real/cucumber-js/<path>` (or of an absolute path) that resolves this repo's packages and brine's source. */
export function copyProject(path: string): RealProject {
  const linked = linkedProject()
  // cpSync keeps file modes: the command-line example runs its bin/greet.
  cpSync(isAbsolute(path) ? path : join(realProjects, path), linked.dir, { recursive: true })
  return { dir: linked.dir, remove: linked.remove }
}

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** `brine migrate cucumber-js . <args>` in `dir`; Vitest loads configs with its module runner (brine is TypeScript here). */
export async function migrate(dir: string, args: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main({
    argv: ['migrate', 'cucumber-js', '.', ...args],
    cwd: dir,
    env: { ...process.env, BRINE_CONFIG_LOADER: 'runner', ...env },
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
  })
  return { code, stdout, stderr }
}

function readMessages(file: string): Envelope[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Envelope)
}

/** `node <args>` in `dir`, without blocking this worker (Vitest's own messages keep flowing). */
function node(
  args: string[],
  dir: string,
  env: Record<string, string> = {},
): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd: dir,
      env: { ...process.env, FORCE_COLOR: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code: code ?? 1, output }))
  })
}

/** Each profile's outcomes under the project's cucumber-js 12.9, all profiles in one process. */
export async function cucumberOutcomes(
  dir: string,
  profiles: string[],
  env: Record<string, string> = {},
): Promise<Map<string, Map<string, ScenarioOutcome>>> {
  const out = mkdtempSync(join(tmpdir(), 'brine-cucumber-messages-'))
  try {
    const run = await node([join(repoRoot, 'test/support/cucumber-profiles.mjs'), out, ...profiles], dir, env)
    if (run.code !== 0) throw new Error(`cucumber-js failed: ${run.output}`)
    return new Map(profiles.map((p) => [p, outcomesFromMessages(readMessages(join(out, `${p}.ndjson`)))]))
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}

/** Outcomes as `uri:line → status[ at step]`, for readable comparisons. */
export function summary(outcomes: Map<string, ScenarioOutcome>): Record<string, string> {
  return Object.fromEntries([...outcomes].map(([key, o]) => [key, `${o.status}${o.at ? ` at ${o.at}` : ''}`]))
}

/** Statuses and their counts, e.g. `{ passed: 2, failed: 1 }`. */
export function counts(outcomes: Iterable<ScenarioOutcome>): Record<string, number> {
  const result: Record<string, number> = {}
  for (const o of outcomes) result[o.status] = (result[o.status] ?? 0) + 1
  return Object.fromEntries(Object.entries(result).sort())
}

/** `tsc --noEmit -p <tsconfig>` in `dir`: the diagnostics, one per line, sorted. */
export async function typeCheck(dir: string, tsconfig = 'tsconfig.json'): Promise<string[]> {
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
  const run = await node([tsc, '--noEmit', '-p', tsconfig], dir)
  return run.output
    .split('\n')
    .filter((line) => /error TS\d+/.test(line))
    .sort()
}

/**
 * Makes the project's `brine` package the one users install, for the TypeScript check: package.json's
 * exports and typesVersions over declarations built from the source (with the CommonJS copy).
 */
export function installBrineDeclarations(dir: string, declarations: string): void {
  const brine = join(dir, 'node_modules/brine')
  rmSync(brine, { recursive: true, force: true })
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as Record<string, unknown>
  const { name, type, types, exports, typesVersions } = pkg
  cpSync(declarations, join(brine, 'dist'), { recursive: true })
  writeFileSync(join(brine, 'package.json'), JSON.stringify({ name, type, types, exports, typesVersions }, null, 2))
  // brine's own dependencies, where its declarations import them from.
  for (const dependency of ['@cucumber/messages']) {
    const target = join(brine, 'node_modules', dependency)
    if (!existsSync(target)) {
      cpSync(join(repoRoot, 'node_modules', dependency), target, { recursive: true, dereference: true })
    }
  }
}

/** Every file of the fixture that was there before the migration, with its text. */
export function snapshot(
  dir: string,
  skip = (path: string) => path.startsWith('node_modules') || path.startsWith('.brine-cache'),
): Map<string, string> {
  const files = new Map<string, string>()
  const walk = (at: string, prefix: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (skip(path)) continue
      if (entry.isDirectory()) walk(join(at, entry.name), path)
      else if (entry.isFile()) files.set(path, readFileSync(join(at, entry.name), 'utf8'))
    }
  }
  walk(dir, '')
  return files
}

/**
 * brine/cucumber's declarations built from the source into a temp folder, laid out as
 * `npm run build` lays out dist/ (with the CommonJS copy).
 */
export async function buildDeclarations(): Promise<{ dir: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'brine-declarations-'))
  const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc')
  const options = ['--declaration', '--emitDeclarationOnly', '--rootDir', 'src', '--outDir', dir, '--strict']
  const compiler = ['--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--skipLibCheck']
  const run = await node([tsc, 'src/cucumber/index.ts', ...options, ...compiler, '--types', 'node'], repoRoot)
  // Outside tsconfig.json, the runtime's augmentation of @vitest/runner's types may not resolve;
  // brine/cucumber's declarations do not reach it, and tsc writes them all the same.
  if (!existsSync(join(dir, 'cucumber/index.d.ts'))) throw new Error(`building the declarations failed:\n${run.output}`)
  writeCucumberCjsTypes(dir)
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
