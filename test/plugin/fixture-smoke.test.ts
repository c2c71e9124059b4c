import { afterAll, expect, test } from 'vitest'
import { byTitle, fixtureProject, runVitest } from '../support/fixture-project.ts'

const project = fixtureProject({
  'features/a.feature': 'Feature: A\n\n  Scenario: one\n    Given it works\n',
  'steps/a.ts': "import { Given } from 'brine'\nGiven('it works', () => {})\n",
})
afterAll(() => project.remove())

// A whole Vitest run in a child process: seconds on a busy machine, more than the default 5 s.
test('a fixture project runs its features through brine', { timeout: 60_000 }, async () => {
  const result = await runVitest(project, ['--includeTaskLocation'])
  const one = byTitle(result.json).get('one')
  expect(one?.status).toBe('passed')
  expect(one?.location).toEqual({ line: 3, column: expect.any(Number) })
})
