// Faults before any scenario runs: a BeforeAll hook that throws, and step files that do not
// compile or import. Three fixture runs, started together.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'
import { byTitle, runVitest, type FixtureProject, type RunResult } from '../support/fixture-project.ts'
import { faultProject } from './fixture-copy.ts'

const projects = {
  beforeAll: faultProject('before-all'),
  syntax: faultProject('syntax-error', {
    'steps/broken.steps.ts': "import { Given } from 'brine'\n\nGiven('another step', () => {\n  const total = ;\n})\n",
  }),
  imports: faultProject('import-error', {
    'steps/broken.steps.ts':
      "import { Given } from 'brine'\nimport { helper } from './missing-helper.js'\n\nGiven('another step', () => helper())\n",
  }),
}
const runs = {} as Record<keyof typeof projects, RunResult>

beforeAll(async () => {
  await Promise.all(
    (Object.entries(projects) as [keyof typeof projects, FixtureProject][]).map(async ([name, project]) => {
      runs[name] = await runVitest(project)
    }),
  )
}, 60_000)
afterAll(() => Object.values(projects).forEach((project) => project.remove()))

test('a BeforeAll hook that throws fails the scenarios, naming the hook; AfterAll still runs', () => {
  const result = byTitle(runs.beforeAll.json).get('guarded by BeforeAll')
  expect(result?.status).toBe('failed')
  expect(result?.failureMessages.join('\n')).toContain(
    'BeforeAll hook "start the browser" (steps/all.steps.ts:5) failed: browser binary not found',
  )
  expect((result?.meta?.brine as ScenarioResult).steps[0]!.status).toBe('skipped')
  expect(existsSync(join(projects.beforeAll.dir, 'after-all.ran'))).toBe(true)
})

describe.each([
  // esbuild (Vite 7) says `Unexpected ";"`, oxc (Vite 8, with Vitest 4) `Unexpected token`.
  ['syntax', 'steps/broken.steps.ts:4', /Unexpected (";"|token)/, 'Transform failed with 1 error'],
  [
    'imports',
    'steps/broken.steps.ts',
    "Cannot find module './missing-helper.js'",
    "Cannot find module './missing-helper.js'",
  ],
] as const)('a step file with a %s error', (name, where, error, heading) => {
  test('fails every feature with that error, shown once, and no undefined-step snippets', () => {
    const run = runs[name]
    const files = run.json?.testResults ?? []
    expect(files.map((file) => file.status)).toEqual(['failed', 'failed', 'failed'])
    for (const file of files) expect(file.message).toMatch(error)
    const output = run.stdout + run.stderr
    expect(output.split(heading).length - 1).toBe(1)
    expect(output).toContain(where)
    expect(output).not.toMatch(/Undefined step|Implement it with/)
  })
})
