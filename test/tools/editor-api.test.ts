// Drives Vitest's programmatic API the way the VS Code Vitest extension does: list the test
// files, collect their tests without running them, then run one test by its line. Scenarios
// must come back as tests of the .feature file, at their .feature lines.
import { relative } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { createVitest, type TestCase, type TestModule, type Vitest } from 'vitest/node'
import { fixtureProject } from '../support/fixture-project.ts'

const project = fixtureProject({
  'features/cart.feature': `Feature: Cart

  Scenario: Add one item
    Given an empty cart

  Rule: Limits
    Scenario: Too many items
      Given an empty cart
`,
  'steps/cart.steps.ts': "import { Given } from 'brine'\n\nGiven('an empty cart', () => {})\n",
  'test/unit.test.ts': "import { test } from 'vitest'\n\ntest('a unit test', () => {})\n",
})

let vitest: Vitest
beforeAll(async () => {
  vitest = await createVitest('test', { root: project.dir, watch: false, includeTaskLocation: true, reporters: [{}] }) // the extension brings its own reporter
}, 60_000)
afterAll(async () => {
  await vitest?.close()
  project.remove()
})

const tests = (module: TestModule | undefined): TestCase[] => [...(module?.children.allTests() ?? [])]
const featureModule = (modules: readonly TestModule[]) => modules.find((m) => m.moduleId.endsWith('cart.feature'))

test('listing files finds the feature in the features project', async () => {
  const specs = await vitest.getRelevantTestSpecifications()
  const listed = specs.map((spec) => [spec.project.name, relative(project.dir, spec.moduleId)])
  expect(listed).toContainEqual(['features', 'features/cart.feature'])
  expect(listed).toContainEqual(['tests', 'test/unit.test.ts'])
})

test('collecting returns every scenario at its .feature line, without running it', async () => {
  const specs = await vitest.getRelevantTestSpecifications(['cart.feature'])
  const { testModules } = await vitest.collectTests(specs)
  const collected = tests(featureModule(testModules))
  expect(collected.map((t) => [t.fullName, t.location])).toEqual([
    ['Cart > Add one item', { line: 3, column: expect.any(Number) }],
    ['Cart > Limits > Too many items', { line: 7, column: expect.any(Number) }],
  ])
  expect(collected.every((t) => t.result().state === 'pending')).toBe(true)
})

test('running by location runs that scenario only', async () => {
  const [spec] = await vitest.getRelevantTestSpecifications(['cart.feature'])
  const atLine = spec!.project.createSpecification(spec!.moduleId, [7])
  const { testModules } = await vitest.runTestSpecifications([atLine])
  const states = tests(featureModule(testModules)).map((t) => [t.name, t.result().state])
  expect(states).toEqual([
    ['Add one item', 'skipped'],
    ['Too many items', 'passed'],
  ])
})
