// The fixture's specs run under vitest-cucumber (its own Vitest config, no brine); the migrated
// steps run the same .feature files under brine; every scenario ends the same way in both.
import { rmSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { MigrationResult } from '../../../src/migrate/migration.ts'
import { migrateVitestCucumber } from '../../../src/migrate/vitest-cucumber/index.ts'
import {
  filesIn,
  fixtureConfig,
  fixtureProject,
  repoRoot,
  runVitest,
  type JsonReport,
} from '../../support/fixture-project.ts'

const fixture = join(repoRoot, 'test/fixtures/migrate/vitest-cucumber/project')

const project = fixtureProject(filesIn(fixture))
let migration: MigrationResult
let before: Map<string, string>
let after: Map<string, string>

beforeAll(async () => {
  const original = await runVitest(project)
  before = vitestCucumberOutcomes(original.json)
  migration = await migrateVitestCucumber({ source: project.dir, out: join(project.dir, 'steps') })
  for (const file of migration.files) project.write(relative(project.dir, file.path), file.content)
  rmSync(join(project.dir, 'specs'), { recursive: true })
  project.write('vitest.config.ts', fixtureConfig())
  after = brineOutcomes((await runVitest(project)).json)
}, 60_000)
afterAll(() => project.remove())

/**
 * vitest-cucumber makes each step a test inside a describe per scenario ("Scenario: name"),
 * preceded by a "Background:" describe; a scenario failed when any of its steps (or the
 * background steps run for it) failed. Outline examples share their outline's name.
 */
function vitestCucumberOutcomes(report: JsonReport | undefined): Map<string, string> {
  const outcomes = new Map<string, string>()
  for (const file of report?.testResults ?? []) {
    let backgroundFailed = false
    for (const t of file.assertionResults) {
      const scope = t.ancestorTitles.at(-1)!
      const feature = t.ancestorTitles[0]!.replace(/^Feature: /, '')
      if (scope === 'Background:') {
        backgroundFailed ||= t.status === 'failed'
        continue
      }
      const key = `${feature} / ${scope.replace(/^Scenario( Outline)?: /, '')}`
      const failed = t.status === 'failed' || backgroundFailed || outcomes.get(key) === 'failed'
      outcomes.set(key, failed ? 'failed' : 'passed')
      backgroundFailed = false
    }
  }
  return outcomes
}

/** brine runs a test per scenario (per Examples row); rows of one outline are combined. */
function brineOutcomes(report: JsonReport | undefined): Map<string, string> {
  const outcomes = new Map<string, string>()
  for (const file of report?.testResults ?? []) {
    for (const t of file.assertionResults) {
      const result = t.meta?.brine as { name: string; status: string } | undefined
      if (!result) continue
      const key = `${t.ancestorTitles[0]} / ${result.name}`
      outcomes.set(key, outcomes.get(key) === 'failed' ? 'failed' : result.status)
    }
  }
  return outcomes
}

test('every scenario ends the same under brine as under vitest-cucumber', () => {
  expect(before.size).toBe(8)
  expect([...before.values()].filter((s) => s === 'failed')).toHaveLength(1)
  expect(Object.fromEntries(after)).toEqual(Object.fromEntries(before))
})

test('identical steps become one definition; another body for the same text keeps it, scoped', () => {
  expect(migration.errors).toEqual([])
  const greet = migration.definitions.filter((d) => d.pattern === 'I greet {string}')
  // 'Count greetings' writes the step twice with one body: one definition.
  expect(greet.map((d) => [d.origin, d.scope])).toEqual([
    ['specs/greeting.spec.ts:32', 'feature features/greeting.feature, scenario "Greet by name"'],
    ['specs/greeting.spec.ts:43', 'feature features/greeting.feature, scenario "Count greetings"'],
  ])
  // Each spec's 'an empty basket' sets its own variable: each serves its own feature.
  expect(migration.definitions.filter((d) => d.pattern === 'an empty basket').map((d) => d.scope)).toEqual([
    'feature features/basket.feature',
    'feature features/greeting.feature',
  ])
  expect(migration.definitions.every((d) => d.translated === 'fully')).toBe(true)
  expect(migration.modules.filter((m) => m.path.endsWith('.feature'))).toEqual([])
})

test('the migrated TypeScript type-checks with strict settings', () => {
  const program = ts.createProgram(
    migration.files.map((f) => f.path),
    {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ['node'],
      paths: { brine: [join(repoRoot, 'src/runtime/index.ts')] },
      allowImportingTsExtensions: true,
    },
  )
  const problems = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
  expect(problems).toEqual([])
}, 30_000)
