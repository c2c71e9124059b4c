// A project written to cover cucumber-js's support code (passing, failing, pending, undefined and
// ambiguous scenarios; tagged and named hooks; a World class; a parameter type; data tables;
// worldParameters in cucumber.json; setDefaultTimeout), migrated with --verify: every scenario
// keeps its outcome, and the config applies what cucumber.json and the support code set.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { repoRoot } from '../../support/fixture-project.ts'
import { copyProject, migrate, type CliRun } from './real-project.ts'

const project = copyProject(join(repoRoot, 'test/fixtures/migrate/cucumber-js/project'))
let run: CliRun
beforeAll(async () => {
  run = await migrate(project.dir, ['--verify'])
}, 180_000)
afterAll(() => project.remove())

test('every scenario has the same outcome under brine as under cucumber-js', () => {
  expect(run.stderr).toBe('')
  expect(run.stdout).toContain(`  scenarios         cucumber-js  brine
  passed                      8      8
  failed                      2      2
  pending                     1      1
  undefined                   1      1
  ambiguous                   1      1
  compared          13
  same outcome      13
  different         0
  parity            100 %
`)
  expect(run.code).toBe(0)
})

test("the config applies cucumber.json's paths and worldParameters and setDefaultTimeout's timeout", () => {
  expect(readFileSync(join(project.dir, 'vitest.config.mjs'), 'utf8')).toContain(`    brine({
      features: ['features/**/*.feature'],
      steps: ['features/**/*.{js,cjs,mjs}'],
      worldParameters: { currency: 'EUR' },
      stepTimeout: 10000,
    }),`)
  const report = readFileSync(join(project.dir, 'migration-report.md'), 'utf8')
  expect(report).toContain('- cucumber.json:1: worldParameters → brine({ worldParameters })')
  expect(report).toContain('- features/support/world.js:4: setDefaultTimeout → brine({ stepTimeout: 10000 })')
  expect(report).toContain(
    "- features/support/hooks.js:5: BeforeAll runs once in each Vitest worker, as in cucumber-js's parallel mode",
  )
})
