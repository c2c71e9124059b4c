Feature: Hooks run around scenarios and steps in a fixed order
  Before hooks run in the order they were defined, After hooks in reverse order.
  After hooks run even when a step or a Before hook failed. Hooks can be limited
  to scenarios by a tag expression, and carry a name that reports show.

  Scenario: Scenario and step hooks wrap each step
    Given these hooks:
      | hook       | name   |
      | Before     | first  |
      | Before     | second |
      | BeforeStep |        |
      | AfterStep  |        |
      | After      | first  |
      | After      | second |
    And these step definitions:
      | pattern | behaviour |
      | a step  | passes    |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a step
          And a step
      """
    Then these things happened, in order:
      | Before first  |
      | Before second |
      | BeforeStep    |
      | a step        |
      | AfterStep     |
      | BeforeStep    |
      | a step        |
      | AfterStep     |
      | After second  |
      | After first   |

  Scenario: After hooks run even when a step fails
    Given these hooks:
      | hook  | name    |
      | After | cleanup |
    And these step definitions:
      | pattern        | behaviour           |
      | a failing step | fails with "broken" |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a failing step
      """
    Then scenario "S" has status "failed"
    And these things happened, in order:
      | a failing step |
      | After cleanup  |

  Scenario: A failing Before hook skips the steps, names itself, and After hooks still run
    Given these hooks:
      | hook   | name  | behaviour           |
      | Before | login | fails with "denied" |
      | Before | later | passes              |
      | After  | tidy  | passes              |
    And these step definitions:
      | pattern | behaviour |
      | a step  | passes    |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a step
      """
    Then scenario "S" has status "failed"
    And the steps of scenario "S" have these statuses:
      | step         | status  |
      | Given a step | skipped |
    And these things happened, in order:
      | Before login |
      | After tidy   |
    And the error of scenario "S" says:
      """
      Before hook "login" (steps/in-process.steps.ts:
      failed: denied
      """

  Scenario: Tagged hooks run only for scenarios whose tags match
    Given these hooks:
      | hook   | tags                  | name |
      | Before | @db and not @readonly | db   |
      | Before | @web                  | web  |
    And these step definitions:
      | pattern | behaviour |
      | a step  | passes    |
    When I run this feature in-process:
      """gherkin
      @db
      Feature: F
        Scenario: writes
          Given a step

        @readonly
        Scenario: reads
          Given a step
      """
    Then these things happened, in order:
      | Before db |
      | a step    |
      | a step    |
