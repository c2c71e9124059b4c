// Runs a real vitest-cucumber project (test/fixtures/real/vitest-cucumber/<name>) as it is, migrates
// it with no edit, runs it under brine, and reads both runs as one outcome per scenario (per
// Examples row), keyed `feature path:pickle line`. Also type-checks the specs and the migrated steps.
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { parseFeature } from '../../../src/compile/parse-feature.ts'
import type { MigrationResult } from '../../../src/migrate/migration.ts'
import { migrateVitestCucumber } from '../../../src/migrate/vitest-cucumber/index.ts'
import { writePlan } from '../../../src/migrate/write-plan.ts'
import { repoRoot, runVitest, type FixtureProject, type JsonReport } from '../../support/fixture-project.ts'
import { linkedProject } from '../../support/linked-project.ts'

export type Outcomes = Record<string, string>

export interface RealProject {
  project: FixtureProject
  /** Where the .feature files are, relative to the project: outcomes are keyed from there. */
  featureRoot: string
}

/**
 * A copy of the fixture whose `@amiceli/vitest-cucumber` is the devDependency of the given line. The
 * package is copied (its own dependencies linked) so that its `import 'vitest'` finds the Vitest the
 * project runs, which under scripts/vitest4 is not the one beside it in node_modules.
 */
export function realProject(name: string, featureRoot: string, vitestCucumber: string): RealProject {
  const project = linkedProject()
  cpSync(join(repoRoot, 'test/fixtures/real/vitest-cucumber', name), project.dir, { recursive: true })
  const scope = join(project.dir, 'node_modules/@amiceli')
  rmSync(scope)
  mkdirSync(scope)
  const installed = realpathSync(join(repoRoot, 'node_modules/@amiceli', vitestCucumber))
  const copy = join(scope, 'vitest-cucumber')
  cpSync(installed, copy, { recursive: true, filter: (path) => path !== join(installed, 'node_modules') })
  if (existsSync(join(installed, 'node_modules'))) {
    symlinkSync(join(installed, 'node_modules'), join(copy, 'node_modules'), 'dir')
  }
  return { project, featureRoot }
}

/** The outcomes recorded from the project's own run (upstream's versions), in this file's keys. */
export function recordedOutcomes(real: RealProject): Outcomes {
  const recorded = JSON.parse(real.project.read('original-outcomes.json')) as Outcomes
  const features = readFeatures(real)
  const outcomes: Outcomes = {}
  for (const [key, status] of Object.entries(recorded)) {
    const [, file, name, row] = /^(.*?)::(.*)#(\d+)$/.exec(key)!
    const feature = features.get(file!)!
    const pickles = feature.pickles.filter((p) => p.scenarioName === name || p.name === name)
    outcomes[`${feature.uri}:${pickles[Number(row) - 1]!.line}`] = status
  }
  return outcomes
}

/**
 * Runs the specs under vitest-cucumber: `cwd` and the Vitest arguments as the project runs them;
 * with `features`, only the specs that load those feature files.
 */
export async function runOriginal(
  real: RealProject,
  cwd: string,
  args: string[],
  features?: string[],
): Promise<Outcomes> {
  const dir = join(real.project.dir, cwd)
  const specs = features ? specsLoading(dir, features) : []
  const run = await runVitest({ ...real.project, dir }, [...args, ...specs])
  return vitestCucumberOutcomes(real, requireReport(run.json, run.stdout + run.stderr))
}

/** The spec files below `dir` whose text names one of the feature files. */
function specsLoading(dir: string, features: string[]): string[] {
  const names = features.map((uri) => uri.split('/').at(-1)!)
  return ts.sys
    .readDirectory(dir, ['.ts'], ['**/node_modules/**'], ['**/*'])
    .filter((file) => names.some((name) => readFileSync(file, 'utf8').includes(name)))
    .map((file) => relative(dir, file))
}

/** Migrates the project in place, as `brine migrate vitest-cucumber . ` would. */
export async function migrate(real: RealProject): Promise<MigrationResult> {
  const result = await migrateVitestCucumber({ source: real.project.dir, out: join(real.project.dir, 'steps') })
  writePlan(result.files, false)
  return result
}

/** Runs the features (or only `features`) under brine with `config` as the project's vitest.config.ts. */
export async function runBrine(real: RealProject, config: string, features: string[] = []): Promise<Outcomes> {
  real.project.write('vitest.config.ts', config)
  const run = await runVitest(real.project, features)
  const report = requireReport(run.json, run.stdout + run.stderr)
  const outcomes: Outcomes = {}
  for (const file of report.testResults) {
    if (file.assertionResults.length === 0) outcomes[`${relative(real.project.dir, file.name)}`] = `file ${file.status}`
    for (const test of file.assertionResults) {
      const result = test.meta?.brine as { uri: string; line: number; status: string } | undefined
      if (result) outcomes[`${result.uri}:${result.line}`] = result.status
    }
  }
  return outcomes
}

function requireReport(json: JsonReport | undefined, output: string): JsonReport {
  if (!json) throw new Error(`The run wrote no JSON report:\n${output}`)
  return json
}

interface PickleInfo {
  name: string
  scenarioName: string
  rule: string | null
  scenarioId: string
  line: number
  /** Steps of its own, Background steps aside: vitest-cucumber runs those in a describe before it. */
  steps: number
}

interface FeatureInfo {
  uri: string
  name: string
  pickles: PickleInfo[]
}

/** Every feature of the project, by its path from the feature root. */
function readFeatures(real: RealProject): Map<string, FeatureInfo> {
  const features = new Map<string, FeatureInfo>()
  const root = join(real.project.dir, real.featureRoot)
  for (const file of ts.sys.readDirectory(root, ['.feature'], undefined, ['**/*'])) {
    const uri = relative(real.project.dir, file)
    const { document, pickles } = parseFeature(readFileSync(file, 'utf8'), uri)
    const feature = document.feature!
    const background = new Set<string>()
    const scenarios = new Map<string, { name: string; rule: string | null }>()
    const visit = (children: typeof feature.children, rule: string | null) => {
      for (const child of children) {
        for (const step of child.background?.steps ?? []) background.add(step.id)
        if (child.scenario) scenarios.set(child.scenario.id, { name: child.scenario.name, rule })
        if (child.rule) visit(child.rule.children as typeof feature.children, child.rule.name)
      }
    }
    visit(feature.children, null)
    features.set(relative(root, file), {
      uri,
      name: feature.name.trim(),
      pickles: pickles.map((p) => ({
        name: p.name,
        scenarioName: scenarios.get(p.astNodeIds[0]!)!.name,
        rule: scenarios.get(p.astNodeIds[0]!)!.rule,
        scenarioId: p.astNodeIds[0]!,
        line: p.location!.line,
        steps: p.steps.filter((s) => !background.has(s.astNodeIds[0]!)).length,
      })),
    })
  }
  return features
}

/**
 * vitest-cucumber runs each step as a test, in a describe per scenario ("Scenario: name", inside
 * "Rule: name" when there is one) after a "Background:" describe of the Background's steps; the
 * Examples rows of an outline follow each other in one describe. A scenario (row) passed when all
 * its steps and its Background's did.
 */
function vitestCucumberOutcomes(real: RealProject, report: JsonReport): Outcomes {
  const byName = new Map([...readFeatures(real).values()].map((f) => [f.name, f]))
  const outcomes: Outcomes = {}
  const status = (tests: { status: string }[]) =>
    tests.some((t) => t.status === 'failed')
      ? 'failed'
      : tests.every((t) => t.status === 'passed')
        ? 'passed'
        : 'skipped'
  for (const file of report.testResults) {
    if (file.assertionResults.length === 0) outcomes[relative(real.project.dir, file.name)] = `file ${file.status}`
    const runs: { titles: string[]; tests: { status: string }[] }[] = []
    for (const test of file.assertionResults) {
      const last = runs.at(-1)
      if (last && last.titles.join('\0') === test.ancestorTitles.join('\0')) last.tests.push(test)
      else runs.push({ titles: test.ancestorTitles, tests: [test] })
    }
    let background: { status: string }[] = []
    const rows = new Map<string, number>()
    for (const run of runs) {
      const leaf = run.titles.at(-1)!
      if (/^Background:?/.test(leaf)) {
        background = background.concat(run.tests)
        continue
      }
      const feature = byName.get(run.titles[0]!.replace(/^[^:]+:\s*/, '').trim())!
      const rule =
        run.titles
          .find((t) => t.startsWith('Rule:'))
          ?.replace(/^Rule:\s*/, '')
          .trim() ?? null
      const name = leaf.replace(/^[^:]+:\s*/, '').trim()
      const first = feature.pickles.find((p) => p.scenarioName === name && (rule === null || p.rule === rule))!
      const pickles = feature.pickles.filter((p) => p.scenarioId === first.scenarioId)
      for (let i = 0; i < run.tests.length;) {
        const row = rows.get(first.scenarioId) ?? 0
        rows.set(first.scenarioId, row + 1)
        const pickle = pickles[row]!
        outcomes[`${feature.uri}:${pickle.line}`] = status([...background, ...run.tests.slice(i, i + pickle.steps)])
        background = []
        i += pickle.steps
      }
    }
  }
  return outcomes
}

/** Outcomes that differ between two runs, as `key: a → b`. */
export function differences(a: Outcomes, b: Outcomes): string[] {
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()
  return keys.filter((k) => a[k] !== b[k]).map((k) => `${k}: ${a[k] ?? 'missing'} → ${b[k] ?? 'missing'}`)
}

/**
 * Type errors of `files` under the project's tsconfig, as `TS<code> <message>` (the file and line
 * left out: the migrated code moved). `brine` resolves to this repository's source.
 */
export function typeErrors(real: RealProject, tsconfig: string, files: string[]): string[] {
  const configPath = join(real.project.dir, tsconfig)
  const parsed = ts.getParsedCommandLineOfConfigFile(
    configPath,
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'))
      },
    },
  )!
  const options: ts.CompilerOptions = {
    ...parsed.options,
    noEmit: true,
    composite: false,
    incremental: false,
    declaration: false,
    emitDeclarationOnly: false,
    rootDir: undefined,
    paths: { ...parsed.options.paths, brine: [join(repoRoot, 'src/runtime/index.ts')] },
    allowImportingTsExtensions: true,
  }
  const program = ts.createProgram(files, options)
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file && files.includes(d.file.fileName))
    .map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)
}

/** What `after` has more of than `before` (both lists of messages). */
export function added(before: string[], after: string[]): string[] {
  const left = new Map<string, number>()
  for (const message of before) left.set(message, (left.get(message) ?? 0) + 1)
  return after.filter((message) => {
    const count = left.get(message) ?? 0
    left.set(message, count - 1)
    return count <= 0
  })
}

/**
 * A run's outcomes, and for any that differ from `expected`, those of up to two more runs of only
 * their feature files: a few scenarios bound time (`the response took less than 150ms`), which a
 * loaded machine can miss. Whatever still differs after that is returned as it came out.
 */
export async function settled(expected: Outcomes, run: (features?: string[]) => Promise<Outcomes>): Promise<Outcomes> {
  const outcomes = await run()
  for (let retry = 0; retry < 2; retry++) {
    const differing = Object.keys({ ...expected, ...outcomes }).filter((k) => outcomes[k] !== expected[k])
    if (differing.length === 0) break
    const again = await run([...new Set(differing.map((key) => key.replace(/:\d+$/, '')))])
    for (const key of differing) if (key in again) outcomes[key] = again[key]!
  }
  return outcomes
}
