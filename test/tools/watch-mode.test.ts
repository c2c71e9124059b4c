// Watch mode through Vitest's programmatic API: editing a .feature re-runs that feature only;
// editing a step file re-runs the features whose steps or hooks it defines.
import { appendFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createVitest, type TestModule, type Vitest } from 'vitest/node'
import { fixtureProject } from '../support/fixture-project.ts'

const project = fixtureProject({
  'features/a.feature': 'Feature: A\n\n  Scenario: a\n    Given the a step\n',
  'features/b.feature': 'Feature: B\n\n  Scenario: b\n    Given the b step\n',
  'features/both.feature': 'Feature: Both\n\n  Scenario: both\n    Given the a step\n    And the b step\n',
  'steps/a.steps.ts': "import { Given } from 'brine'\n\nGiven('the a step', () => {})\n",
  'steps/b.steps.ts': "import { Given } from 'brine'\n\nGiven('the b step', () => {})\n",
  'steps/shared.ts': 'export const shared = 1\n',
})

let vitest: Vitest
const runs: string[][] = []
let runEnded: () => void = () => {}
const nextRun = () => new Promise<void>((resolve) => (runEnded = resolve))

beforeAll(async () => {
  const first = nextRun()
  vitest = await createVitest(
    'test',
    {
      root: project.dir,
      watch: true,
      reporters: [
        {
          onTestRunEnd(modules: readonly TestModule[]) {
            runs.push(modules.map((m) => relative(project.dir, m.moduleId)).sort())
            runEnded()
          },
        },
      ],
    },
    { server: { watch: { usePolling: true, interval: 50 } } },
  )
  await vitest.start()
  await first
}, 60_000)
afterAll(async () => {
  await vitest?.close()
  project.remove()
})

test('the first run runs every feature', () => {
  expect(runs[0]).toEqual(['features/a.feature', 'features/b.feature', 'features/both.feature'])
})

test('editing a feature re-runs only that feature', async () => {
  const rerun = nextRun()
  appendFileSync(join(project.dir, 'features/a.feature'), '\n  Scenario: a again\n    Given the a step\n')
  await rerun
  expect(runs.at(-1)).toEqual(['features/a.feature'])
}, 30_000)

test('editing a step file re-runs the features that use it', async () => {
  const rerun = nextRun()
  appendFileSync(join(project.dir, 'steps/b.steps.ts'), '// edited\n')
  await rerun
  expect(runs.at(-1)).toEqual(['features/b.feature', 'features/both.feature'])
}, 30_000)

test('editing a step file no result names (a helper) re-runs every feature', async () => {
  const rerun = nextRun()
  appendFileSync(join(project.dir, 'steps/shared.ts'), '// edited\n')
  await rerun
  expect(runs.at(-1)).toEqual(['features/a.feature', 'features/b.feature', 'features/both.feature'])
}, 30_000)
