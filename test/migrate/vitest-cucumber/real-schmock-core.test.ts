// khalic-lab/schmock's core BDD suite (vitest-cucumber 7, written for Vitest 4.1): it runs as it
// is, migrates with no edit, and every scenario (every Examples row) ends the same under brine.
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import type { MigrationResult } from '../../../src/migrate/migration.ts'
import { reportMarkdown } from '../../../src/migrate/report.ts'
import type { CheckReport } from '../../../src/check/check-report.ts'
import { brine } from '../../check/check-io.ts'
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

const real = realProject('schmock-core', 'features', 'vitest-cucumber-7')
// brine() with its defaults, which take features/ and steps/ (brine from this repository's source).
const config = fixtureConfig()
let recorded: Outcomes
let original: Outcomes
let migration: MigrationResult
let migrated: Outcomes

beforeAll(async () => {
  recorded = recordedOutcomes(real)
  // As upstream runs its BDD suite: from packages/core, with its own config.
  original = await settled(recorded, (features) =>
    runOriginal(real, 'packages/core', ['--config', 'vitest.config.bdd.ts'], features),
  )
  migration = await migrate(real)
  migrated = await settled(recorded, (features) => runBrine(real, config, features))
}, 900_000)
afterAll(() => real.project.remove())

test('the fixture is the suite upstream ran: 15 features, 164 scenarios and Examples rows, all passed', () => {
  expect(Object.keys(recorded)).toHaveLength(164)
  expect(new Set(Object.keys(recorded).map((key) => key.split(':')[0])).size).toBe(15)
  expect(new Set(Object.values(recorded))).toEqual(new Set(['passed']))
  expect(differences(recorded, original)).toEqual([])
})

test('migrates with nothing left for a person to do', () => {
  expect(migration.errors).toEqual([])
  expect(migration.modules.flatMap((m) => m.todos)).toEqual([])
  expect(migration.definitions.every((d) => d.translated === 'fully')).toBe(true)
  expect(migration.files.map((f) => f.path.slice(real.project.dir.length + 1)).sort()).toEqual([
    'steps/async-support.steps.ts',
    'steps/audit-core-builder.steps.ts',
    'steps/audit-onerror-tuple.steps.ts',
    'steps/basic-usage.steps.ts',
    'steps/developer-experience.steps.ts',
    'steps/error-handling.steps.ts',
    'steps/fetch-interceptor.steps.ts',
    'steps/fluent-api.steps.ts',
    'steps/lifecycle-events.steps.ts',
    'steps/parameter-types.ts',
    'steps/performance-reliability.steps.ts',
    'steps/plugin-integration.steps.ts',
    'steps/request-history.steps.ts',
    'steps/response-delay.steps.ts',
    'steps/route-key-format.steps.ts',
    'steps/state-concurrency.steps.ts',
  ])
})

test('every scenario keeps its outcome under brine', () => {
  expect(differences(original, migrated)).toEqual([])
  expect(Object.keys(migrated)).toHaveLength(164)
})

test('brine check finds every step of every scenario bound to exactly one definition', async () => {
  const { code, stdout } = await brine(real.project, 'check', '--format', 'json')
  const report = JSON.parse(stdout) as CheckReport
  expect(report.steps.filter((step) => step.status !== 'matched')).toEqual([])
  expect(report.steps.length).toBeGreaterThan(600)
  // Scoped definitions were matched scenario by scenario.
  expect(report.steps.some((step) => step.definition?.scope)).toBe(true)
  expect(code).toBe(0)
}, 120_000)

test('the migrated steps add no type error to what the specs had (none)', () => {
  const specs = migration.modules.filter((m) => m.path.endsWith('.ts')).map((m) => join(real.project.dir, m.path))
  const before = typeErrors(real, 'tsconfig.fixture.json', specs)
  const after = typeErrors(
    real,
    'tsconfig.fixture.json',
    migration.files.map((f) => f.path),
  )
  expect(before).toEqual([])
  expect(added(before, after)).toEqual([])
}, 120_000)

test('the docs show one migrated file and the report of this run as they are', async () => {
  const file = migration.files.find((f) => f.path.endsWith('steps/route-key-format.steps.ts'))!
  await expect(file.content).toMatchFileSnapshot(
    '../../../docs/examples/output/vitest-cucumber/route-key-format.steps.ts.txt',
  )
  const report = reportMarkdown(migration)
  await expect(`${report.slice(0, report.indexOf('## Definitions')).trimEnd()}\n`).toMatchFileSnapshot(
    '../../../docs/examples/output/vitest-cucumber/schmock-core-report.md',
  )
})
