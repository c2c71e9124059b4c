// libar-dev/architect's specs of its status types, warning collector and codec helpers
// (vitest-cucumber 5.2.1 on Vitest 3.2): Rules, Backgrounds, AfterEachScenario hooks, outlines read
// through `variables` with expression step texts, one text with different bodies across specs that
// each keep their own module state, and tables after a parameter. They run as they are, migrate with
// no edit, and every scenario (every Examples row) ends the same under brine.
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { MigrationResult } from '../../../src/migrate/migration.ts'
import { reportMarkdown } from '../../../src/migrate/report.ts'
import { fixtureConfig } from '../../support/fixture-project.ts'
import {
  added,
  differences,
  migrate,
  realProject,
  recordedOutcomes,
  runBrine,
  runOriginal,
  settled,
  typeErrors,
  type Outcomes,
} from './real-project.ts'

const real = realProject('architect', 'tests/features', 'vitest-cucumber')
let recorded: Outcomes
let original: Outcomes
let migration: MigrationResult
let migrated: Outcomes

beforeAll(async () => {
  recorded = recordedOutcomes(real)
  original = await settled(recorded, (features) =>
    runOriginal(real, '.', ['--config', 'vitest.vitest-cucumber.config.ts'], features),
  )
  migration = await migrate(real)
  // The one line of set-up the report asks for.
  const note = migration.notes.find((n) => n.startsWith('feature files outside features/'))!
  const options = /brine\((\{.*\})\)/.exec(note)![1]!
  migrated = await settled(recorded, (features) => runBrine(real, fixtureConfig(options), features))
}, 900_000)
afterAll(() => real.project.remove())

test('the fixture is the suite upstream ran: 5 features, 97 scenarios and Examples rows, all passed', () => {
  expect(Object.keys(recorded)).toHaveLength(97)
  expect(new Set(Object.keys(recorded).map((key) => key.split(':')[0])).size).toBe(5)
  expect(new Set(Object.values(recorded))).toEqual(new Set(['passed']))
  expect(differences(recorded, original)).toEqual([])
})

test('migrates with nothing left for a person to do, keeping the specs folders', () => {
  expect(migration.errors).toEqual([])
  expect(migration.modules.flatMap((m) => m.todos)).toEqual([])
  expect(migration.notes).toContain(
    "feature files outside features/: set brine({ features: ['tests/features/**/*.feature'] }) in vitest.config.ts",
  )
  expect(migration.files.map((f) => f.path.slice(real.project.dir.length + 1)).sort()).toEqual([
    'steps/behavior/codecs/dedent.steps.ts',
    'steps/behavior/rich-content-helpers.steps.ts',
    'steps/doc-generation/warning-collector.steps.ts',
    'steps/types/deliverable-status.steps.ts',
    'steps/types/normalized-status.steps.ts',
  ])
})

test('one text with another body in another spec keeps each body, scoped to its feature', () => {
  const predicate = migration.definitions.filter((d) => d.pattern === 'the predicate result is {string}')
  expect(predicate.map((d) => [d.origin, d.scope])).toEqual([
    ['tests/steps/types/deliverable-status.steps.ts:103', 'feature tests/features/types/deliverable-status.feature'],
    ['tests/steps/types/normalized-status.steps.ts:118', 'feature tests/features/types/normalized-status.feature'],
  ])
})

test('every scenario keeps its outcome under brine', () => {
  expect(differences(original, migrated)).toEqual([])
  expect(Object.keys(migrated)).toHaveLength(97)
})

test('the migrated steps add no type error to those the specs had under upstream strict settings', () => {
  const specs = migration.modules.filter((m) => m.path.endsWith('.ts')).map((m) => join(real.project.dir, m.path))
  const before = typeErrors(real, 'tsconfig.eslint.json', specs)
  const after = typeErrors(
    real,
    'tsconfig.eslint.json',
    migration.files.map((f) => f.path),
  )
  // Upstream checks tests/ with these settings only in its linter: the specs have errors of their own.
  expect(before.length).toBeGreaterThan(0)
  expect(added(before, after)).toEqual([])
}, 120_000)

test('the docs show one migrated file and the report of this run as they are', async () => {
  const file = migration.files.find((f) => f.path.endsWith('steps/types/normalized-status.steps.ts'))!
  await expect(file.content).toMatchFileSnapshot(
    '../../../docs/examples/output/vitest-cucumber/normalized-status.steps.ts.txt',
  )
  const report = reportMarkdown(migration)
  await expect(`${report.slice(0, report.indexOf('## Definitions')).trimEnd()}\n`).toMatchFileSnapshot(
    '../../../docs/examples/output/vitest-cucumber/architect-report.md',
  )
})
