Feature: A scenario stops at its first failing step
  A failing, undefined, ambiguous or pending step ends the scenario: later steps are
  reported skipped and do not run, After hooks still run, and the error names the
  Gherkin step and its line.

  Scenario: The first failing step fails the scenario and skips the rest
    Given these step definitions:
      | pattern        | behaviour          |
      | a passing step | passes             |
      | a failing step | fails with "boom"  |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a passing step
          When a failing step
          Then a passing step
      """
    Then scenario "S" has status "failed"
    And the steps of scenario "S" have these statuses:
      | step                 | status  |
      | Given a passing step | passed  |
      | When a failing step  | failed  |
      | Then a passing step  | skipped |
    And the error of scenario "S" says:
      """
      boom
      at step: When a failing step (features/spec.feature:4)
      """
    And the stack of scenario "S" points at line 4

  Scenario: The error ends with the scenario's step trail
    Given these step definitions:
      | pattern        | behaviour         |
      | a passing step | passes            |
      | a failing step | fails with "boom" |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a passing step
          When a failing step
          Then a passing step
          And a step nobody wrote
      """
    Then the error of scenario "S" says:
      """
      Scenario: S  # features/spec.feature:2
        ✔ Given a passing step     # steps/in-process.steps.ts:
        ✖ When a failing step      # steps/in-process.steps.ts:
        - Then a passing step      # steps/in-process.steps.ts:
        - And a step nobody wrote  # undefined
      """

  Scenario: An asynchronous failure also names its step
    Given these step definitions:
      | pattern              | behaviour           |
      | a late failing step  | fails after a delay |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a late failing step
      """
    Then scenario "S" has status "failed"
    And the error of scenario "S" says:
      """
      late failure
      at step: Given a late failing step (features/spec.feature:3)
      """

  Scenario: Throwing something that is not an Error still fails clearly
    Given these step definitions:
      | pattern   | behaviour       |
      | odd throw | throws a string |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given odd throw
      """
    Then scenario "S" has status "failed"
    And the error of scenario "S" says:
      """
      not an Error
      at step: Given odd throw (features/spec.feature:3)
      """

  Scenario: An undefined step fails with a snippet to paste
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          When I pay 12 euros with "visa"
          Then nothing else runs
      """
    Then scenario "S" has status "undefined"
    And the steps of scenario "S" have these statuses:
      | step                             | status    |
      | When I pay 12 euros with "visa"  | undefined |
      | Then nothing else runs           | skipped   |
    And the error of scenario "S" says:
      """
      Undefined step: When I pay 12 euros with "visa" (features/spec.feature:3)
      When('I pay {int} euros with {string}', async (world, int, string) => {
      """

  Scenario: A snippet offers the table or doc string parameter
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given these items:
            | a |
      """
    Then the error of scenario "S" says:
      """
      Given('these items:', async (world, dataTable) => {
      """

  Scenario: An ambiguous step lists every matching definition
    Given these step definitions:
      | pattern          | behaviour |
      | I have {int} cukes | passes  |
      | /^I have (\d+) cukes$/ | passes |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given I have 3 cukes
      """
    Then scenario "S" has status "ambiguous"
    And the error of scenario "S" says:
      """
      Ambiguous step: Given I have 3 cukes (features/spec.feature:3) matches 2 definitions:
      I have {int} cukes  steps/in-process.steps.ts:
      /^I have (\d+) cukes$/  steps/in-process.steps.ts:
      """

  Scenario Outline: A pending step marks the scenario pending, never passed (<how>)
    Given these step definitions:
      | pattern         | behaviour |
      | a step to write | <how>     |
      | a passing step  | passes    |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a step to write
          Then a passing step
      """
    Then scenario "S" has status "pending"
    And the steps of scenario "S" have these statuses:
      | step                  | status  |
      | Given a step to write | pending |
      | Then a passing step   | skipped |

    Examples:
      | how             |
      | is pending      |
      | returns pending |

  Scenario: A step that never finishes fails after its timeout
    Given these step definitions:
      | pattern       | behaviour | timeout |
      | a slow step   | hangs     | 20      |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a slow step
      """
    Then scenario "S" has status "failed"
    And the error of scenario "S" says:
      """
      Step "Given a slow step" (features/spec.feature:3) timed out after 20 ms
      """
