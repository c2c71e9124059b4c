import { afterAll, expect, test } from 'vitest'
import { fixtureProject } from '../support/fixture-project.ts'
import { brine } from './check-io.ts'
import { FEATURES, largeSuite } from './large-suite.ts'

const project = fixtureProject(largeSuite())
afterAll(() => project.remove())

test('checks a 339-feature suite in seconds', async () => {
  const started = performance.now()
  const { code, stdout } = await brine(project, 'check', '--unused')
  const seconds = (performance.now() - started) / 1000
  // 339 features × 5 scenarios × (Background + 5 steps), every one matched, every definition used.
  expect(stdout).toBe(
    `${FEATURES} features, 10170 steps: 10170 matched, 0 undefined, 0 ambiguous, 0 unused definitions\n`,
  )
  expect(code).toBe(0)
  // A loose bound that only a matching cost growing with steps × definitions would break.
  expect(seconds).toBeLessThan(20)
}, 60_000)
