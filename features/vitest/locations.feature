Feature: Scenarios live at their .feature lines
  Source maps point every test at its Scenario line (the Examples row for outline
  rows) and every step call at its step line, so Vitest locations, `file:line`
  filters, IDE explorers and stack traces all speak in .feature lines.

  Background:
    Given the file "steps/steps.ts":
      """ts
      import { Given } from 'brine'
      Given('it works', () => {})
      Given('it breaks', () => {
        throw new Error('broken')
      })
      Given('{int} is even', (world, n) => {
        if (n % 2) throw new Error(`${n} is odd`)
      })
      """
    And the file "features/shop.feature":
      """gherkin
      Feature: Shop

        Scenario: works
          Given it works

        Scenario: breaks
          Given it works
          And it breaks

        Scenario Outline: even <n>
          Given <n> is even

          Examples:
            | n |
            | 2 |
            | 3 |
      """

  Scenario: Vitest reports .feature lines as test locations
    When I run Vitest with "--includeTaskLocation"
    Then the tests are at these lines:
      | test    | line |
      | works   | 3    |
      | breaks  | 6    |
      | even 2  | 15   |
      | even 3  | 16   |
    And the failure of test "breaks" says:
      """
      broken
      at step: And it breaks (features/shop.feature:8)
      """

  Scenario: A failing step's stack trace points at its .feature line
    When I run Vitest
    Then the output says:
      """
      features/shop.feature:8:
      features/shop.feature:11:
      """

  Scenario: A failing step shows its step trail, the user's frames and none of brine's
    When I run Vitest
    Then the output says:
      """
      Scenario: breaks  # features/shop.feature:6
        ✔ Given it works  # steps/steps.ts:2
        ✖ And it breaks   # steps/steps.ts:3
      steps/steps.ts:4:
      features/shop.feature:8:1
      """
    And the output never mentions "src/runtime/"

  Scenario: file:line runs the scenario at that line
    When I run Vitest with "features/shop.feature:16"
    Then only these tests ran:
      | even 3 |

  Scenario: A feature that does not parse fails alone
    Given the file "features/broken.feature":
      """gherkin
      Feature: Broken
        Scenario: S
          Given it works
        Oops, this is not Gherkin
      """
    When I run Vitest
    Then the run fails
    And the tests have these statuses:
      | test  | status |
      | works | passed |
    And the output says:
      """
      features/broken.feature:4:3
      FeatureParseError
      """
