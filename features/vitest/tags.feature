Feature: Tags change how scenarios run
  The tags skip and ignore skip a scenario, todo and wip mark it todo, fails expects it
  to fail, retries:N retries it, timeout:MS sets its step timeout. A tag expression in
  BRINE_TAGS or the plugin's `tags` option selects scenarios; the rest are skipped.
  Tags are inherited from Feature, Rule, Scenario and Examples.

  Background:
    Given the file "steps/steps.ts":
      """ts
      import { Given } from 'brine'
      let attempts = 0
      Given('it works', () => {})
      Given('it breaks', () => {
        throw new Error('broken')
      })
      Given('it works on the third attempt', () => {
        attempts += 1
        if (attempts < 3) throw new Error(`attempt ${attempts}`)
      })
      Given('it takes {int} ms', (world, ms) => new Promise((resolve) => setTimeout(resolve, ms)))
      """
    And the file "features/tags.feature":
      """gherkin
      Feature: Tagged
        @skip
        Scenario: skipped
          Given it breaks

        @ignore
        Scenario: ignored
          Given it breaks

        @todo
        Scenario: to do
          Given it breaks

        @wip
        Scenario: in progress
          Given it breaks

        @fails
        Scenario: expected to fail
          Given it breaks

        @retries:2
        Scenario: flaky
          Given it works on the third attempt

        @timeout:50
        Scenario: too slow
          Given it takes 500 ms

        @smoke
        Rule: Smoke tests
          Scenario: smoke one
            Given it works

          @slow
          Scenario: smoke but slow
            Given it works
      """

  Scenario: Status tags map to Vitest statuses
    When I run Vitest
    Then the tests have these statuses:
      | test             | status  |
      | skipped          | skipped |
      | ignored          | skipped |
      | to do            | todo    |
      | in progress      | todo    |
      | expected to fail | passed  |
      | flaky            | passed  |
      | too slow         | failed  |
      | smoke one        | passed  |
    And the failure of test "too slow" says:
      """
      Step "Given it takes 500 ms" (features/tags.feature:28) timed out after 50 ms
      """

  Scenario: BRINE_TAGS selects scenarios; inherited tags count
    When I run Vitest with the environment "BRINE_TAGS=@smoke and not @slow"
    Then the tests have these statuses:
      | test           | status  |
      | smoke one      | passed  |
      | smoke but slow | skipped |
      | flaky          | skipped |
      | too slow       | skipped |

  Scenario: The plugin's tags option selects scenarios too
    Given a project using brine with the options "{ tags: '@smoke and @slow' }"
    When I run Vitest
    Then the tests have these statuses:
      | test           | status  |
      | smoke one      | skipped |
      | smoke but slow | passed  |
