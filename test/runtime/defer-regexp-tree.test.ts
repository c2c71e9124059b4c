// regexp-tree (loaded by Cucumber Expressions' match-indices polyfill) stays unloaded in a worker
// until something reads from it; steps still match with their arguments, and the polyfill, used
// directly, still works and loads the real module then.
import { afterAll, expect, test } from 'vitest'
import { fixtureProject, runVitest } from '../support/fixture-project.ts'

const steps = `import Module, { createRequire } from 'node:module'
import { Given, Then } from 'brine'

const fromPolyfill = createRequire(createRequire(import.meta.url).resolve('regexp-match-indices'))
const path = fromPolyfill.resolve('regexp-tree')
const loaded = () => fromPolyfill.cache[path] instanceof Module

Given('{int} cucumbers named {string}', (world, count: number, name: string) => {
  world.seen = [count, name]
})
Then('the step got {int} and {string}', (world, count: number, name: string) => {
  if (JSON.stringify(world.seen) !== JSON.stringify([count, name])) throw new Error('got ' + JSON.stringify(world.seen))
})
Then('regexp-tree has not loaded', () => {
  if (!(path in fromPolyfill.cache)) throw new Error('no stand-in in the require cache')
  if (loaded()) throw new Error('regexp-tree loaded')
})
Then('the polyfill gives match indices, and regexp-tree has loaded', () => {
  const polyfill = fromPolyfill('regexp-match-indices').implementation
  const match = polyfill.call(/b(c)/, 'abc')
  if (JSON.stringify(match.indices) !== '[[1,3],[2,3]]') throw new Error(JSON.stringify(match.indices))
  if (!loaded()) throw new Error('still the stand-in')
})
`
const project = fixtureProject({
  'steps/steps.ts': steps,
  'features/defer.feature': `Feature: Deferred regexp-tree

  Scenario: matching needs no regexp parser
    Given 12 cucumbers named "gherkin"
    Then the step got 12 and "gherkin"
    And regexp-tree has not loaded

  Scenario: the polyfill loads it when it needs it
    Then the polyfill gives match indices, and regexp-tree has loaded
`,
})
afterAll(() => project.remove())

test('a worker matches steps without loading regexp-tree; the polyfill loads it on first use', async () => {
  const result = await runVitest(project, ['--poolOptions.threads.maxThreads=1'])
  expect(result.exitCode, result.stdout + result.stderr).toBe(0)
  expect(result.json!.numPassedTests).toBe(2)
}, 60_000)
