Feature: Features share a worker, scenarios never share a World
  Feature files run without per-file isolation by default: step files and the system
  under test load once per worker and every definition is registered exactly once.
  Every scenario gets a fresh World. BeforeAll and AfterAll run once per worker,
  BeforeFeature and AfterFeature once per feature file.

  Background:
    Given the file "steps/steps.ts":
      """ts
      import { appendFileSync } from 'node:fs'
      import { AfterAll, AfterFeature, BeforeAll, BeforeFeature, Given, Then } from 'brine'
      import { expect } from 'vitest'

      const g = globalThis as { stepFileLoads?: number }
      g.stepFileLoads = (g.stepFileLoads ?? 0) + 1
      const log = (line: string) => appendFileSync('events.log', `${line}\n`)

      BeforeAll(() => log(`BeforeAll worker ${process.env.VITEST_POOL_ID}`))
      AfterAll(() => log(`AfterAll worker ${process.env.VITEST_POOL_ID}`))
      BeforeFeature((feature) => log(`BeforeFeature ${feature.name}`))
      AfterFeature((feature) => log(`AfterFeature ${feature.name}`))

      Given('I remember {string}', (world, value) => {
        expect(world.remembered).toBeUndefined()
        world.remembered = value
      })
      Then('the step file was loaded once in this worker', () => {
        expect(g.stepFileLoads).toBe(1)
      })
      Then('the worker id is a pool id', (world) => {
        expect([1, 2]).toContain(world.workerId)
      })
      """
    And the file "features/one.feature":
      """gherkin
      Feature: One
        Scenario: first
          Given I remember "a"
          Then the step file was loaded once in this worker

        Scenario: second
          Given I remember "b"
          Then the worker id is a pool id
      """
    And the file "features/two.feature":
      """gherkin
      Feature: Two
        Scenario: third
          Given I remember "c"
          Then the step file was loaded once in this worker
      """

  Scenario: One worker runs every feature with the step files loaded once
    When I run Vitest with "--poolOptions.threads.maxThreads=1 --poolOptions.threads.minThreads=1"
    Then the run passes
    And the file "events.log" says:
      """
      BeforeAll worker 1
      BeforeFeature One
      AfterFeature One
      BeforeFeature Two
      AfterFeature Two
      AfterAll worker 1
      """

  Scenario: In group mode one test file runs the features, each with its own suite and hooks
    Given a project using brine with the options "{ group: 1 }"
    When I run Vitest
    Then the run passes
    And the tests have these statuses:
      | test   | status |
      | first  | passed |
      | second | passed |
      | third  | passed |
    And the file "events.log" says:
      """
      BeforeAll worker 1
      BeforeFeature One
      AfterFeature One
      BeforeFeature Two
      AfterFeature Two
      AfterAll worker 1
      """
    And the output says:
      """
      .brine-cache/groups/group-1.feature-group (3 tests)
      """

  Scenario: With isolation on, each feature file gets its own module instances
    Given a project using brine with the options "{ isolate: true }"
    When I run Vitest
    Then the run passes

  Scenario: Scenarios of a @concurrent feature run at the same time
    Given the file "steps/concurrent.ts":
      """ts
      import { Given } from 'brine'
      const arrived = new Set<string>()
      Given('{word} waits for {word}', async (world, me, other) => {
        arrived.add(me)
        while (!arrived.has(other)) await new Promise((resolve) => setTimeout(resolve, 5))
      })
      """
    And the file "features/together.feature":
      """gherkin
      @concurrent @timeout:2000
      Feature: Together
        Scenario: ping
          Given ping waits for pong

        Scenario: pong
          Given pong waits for ping
      """
    When I run Vitest with "features/together.feature"
    Then the run passes
