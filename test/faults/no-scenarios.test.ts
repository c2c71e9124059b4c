// A feature file still being written (a Feature with no scenarios, a Rule with none, or an empty
// file) is not an error, as in Cucumber: each shows one skipped test that says why, and the run
// passes; brine's reports count no scenario for it.
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { fixtureProject, repoRoot, runVitest } from '../support/fixture-project.ts'

const project = fixtureProject({
  'features/a.feature': 'Feature: A\n\n  Scenario: a\n    Given x\n',
  'features/drafting.feature': 'Feature: Drafting\n  Only a description so far.\n',
  'features/rules.feature': 'Feature: Rules\n\n  Rule: Later\n\n  Rule: Now\n    Scenario: now\n      Given x\n',
  'features/blank.feature': '',
  'steps/steps.ts': `import { Given } from 'brine'\nGiven('x', () => {})\n`,
})
afterAll(() => project.remove())

test('features and rules without scenarios pass with a skipped "(no scenarios yet)" test', async () => {
  const result = await runVitest(project, [`--reporter=${join(repoRoot, 'src/reporters/summary.ts')}`])
  expect(result.exitCode, result.stdout + result.stderr).toBe(0)
  const tests = result.json!.testResults.flatMap((file) =>
    file.assertionResults.map((t) => `${[...t.ancestorTitles, t.title].join(' > ')}: ${t.status}`),
  )
  expect(tests.sort()).toEqual([
    'A > a: passed',
    'Drafting > (no scenarios yet): skipped',
    'Rules > Later > (no scenarios yet): skipped',
    'Rules > Now > now: passed',
    'features/blank.feature > (no scenarios yet): skipped',
  ])
  expect(result.stdout).toMatch(/^2 scenarios passed, 0 failed, 0 skipped$/m)
}, 60_000)
