// The simple behave project (bodies and helpers inside the translated subset) becomes a green
// brine suite with no manual edit: migrate it in-process, then run Vitest on the result.
import { cpSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { main } from '../../../src/cli/main.ts'
import { byTitle, fixtureProject, repoRoot, runVitest } from '../../support/fixture-project.ts'
import { behaveProjectConfig } from './behave-project-config.ts'

const source = join(repoRoot, 'test/fixtures/migrate/behave/simple')
const project = fixtureProject({ 'vitest.config.ts': behaveProjectConfig() })
cpSync(join(source, 'features/cart.feature'), join(project.dir, 'features/cart.feature'))
afterAll(() => project.remove())

test('migrated steps run green under brine', async () => {
  const code = await main({
    argv: ['migrate', 'behave', source],
    cwd: project.dir,
    env: {},
    stdout: () => {},
    stderr: (t) => expect.fail(t),
  })
  expect(code).toBe(0)
  const result = await runVitest(project)
  const tests = byTitle(result.json)
  expect([...tests.keys()].sort()).toEqual([
    'Add from a table',
    'Add items',
    'Discounts (example #1)',
    'Discounts (example #2)',
    'Discounts (example #3)',
    'Steps that use other steps',
  ])
  for (const [title, t] of tests) expect([title, t.status, t.failureMessages]).toEqual([title, 'passed', []])
  expect(result.exitCode).toBe(0)
}, 60_000)
