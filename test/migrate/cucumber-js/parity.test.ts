// The converted fixture suite runs under brine with the same outcome per scenario as the
// original under cucumber-js: one cucumber-js run and one brine run of the same project.
import { spawnSync } from 'node:child_process'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { migrateCucumberJs } from '../../../src/migrate/cucumber-js/index.ts'
import type { MigrationResult } from '../../../src/migrate/migration.ts'
import { filesIn, fixtureProject, repoRoot, runVitest, type RunResult } from '../../support/fixture-project.ts'

const fixture = join(repoRoot, 'test/fixtures/migrate/cucumber-js/project')

// The plugin options the migration report asks for (setDefaultTimeout, cucumber.json's worldParameters).
const project = fixtureProject(filesIn(fixture), "{ stepTimeout: 10000, worldParameters: { currency: 'EUR' } }")
let migration: MigrationResult
let brineRun: RunResult
let cucumberStatuses: Map<string, string>

beforeAll(async () => {
  const cucumber = spawnSync(
    process.execPath,
    [join(repoRoot, 'node_modules/@cucumber/cucumber/bin/cucumber.js'), '--format', 'json:cucumber-report.json'],
    { cwd: project.dir, encoding: 'utf8' },
  )
  expect(cucumber.status, cucumber.stderr).toBe(1)
  cucumberStatuses = cucumberOutcomes(JSON.parse(project.read('cucumber-report.json')) as CucumberFeature[])
  migration = await migrateCucumberJs({ source: project.dir, out: join(project.dir, 'steps') })
  for (const file of migration.files) project.write(relative(project.dir, file.path), file.content)
  brineRun = await runVitest(project)
}, 60_000)
afterAll(() => project.remove())

interface CucumberFeature {
  uri: string
  elements: { line: number; before?: Step[]; steps: Step[]; after?: Step[] }[]
}
interface Step {
  result: { status: string }
}

/** A scenario's outcome as cucumber-js's summary counts it: the worst status of its steps and hooks. */
function cucumberOutcomes(report: CucumberFeature[]): Map<string, string> {
  const order = ['failed', 'ambiguous', 'undefined', 'pending', 'skipped', 'passed']
  const outcomes = new Map<string, string>()
  for (const feature of report) {
    for (const element of feature.elements) {
      const statuses = [...(element.before ?? []), ...element.steps, ...(element.after ?? [])].map(
        (s) => s.result.status,
      )
      outcomes.set(`${feature.uri}:${element.line}`, order.find((s) => statuses.includes(s)) ?? 'passed')
    }
  }
  return outcomes
}

test('every scenario has the same outcome under brine as under cucumber-js', () => {
  const brineStatuses = new Map<string, string>()
  for (const file of brineRun.json?.testResults ?? []) {
    for (const t of file.assertionResults) {
      const result = t.meta?.brine as { uri: string; line: number; status: string } | undefined
      if (result) brineStatuses.set(`${result.uri}:${result.line}`, result.status)
    }
  }
  expect(cucumberStatuses.size).toBe(13)
  expect([...cucumberStatuses.values()].sort()).toEqual([
    'ambiguous',
    ...Array(2).fill('failed'),
    ...Array(8).fill('passed'),
    'pending',
    'undefined',
  ])
  expect(Object.fromEntries(brineStatuses)).toEqual(Object.fromEntries(cucumberStatuses))
})

test('the migration reports what it left to do and writes the helper module too', () => {
  expect(migration.errors).toEqual([])
  expect(migration.definitions).toHaveLength(16)
  expect(migration.files.map((f) => relative(project.dir, f.path)).sort()).toEqual([
    'steps/step_definitions/account-steps.js',
    'steps/step_definitions/cart-steps.js',
    'steps/support/cart.js',
    'steps/support/hooks.js',
    'steps/support/parameter-types.js',
    'steps/support/world.js',
  ])
  expect(migration.notes).toContain(
    'setDefaultTimeout(10000) in features/support/world.js:4: use brine({ stepTimeout: 10000 }) in vitest.config.ts',
  )
  expect(migration.notes).toContain(
    'cucumber.json sets worldParameters: use brine({ worldParameters: {"currency":"EUR"} })',
  )
})
