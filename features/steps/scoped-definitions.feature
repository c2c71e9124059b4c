Feature: Scoped step definitions
  A definition can be limited to feature files, scenarios (by name or line) or a tag
  expression. A step only sees the definitions whose scope takes its scenario in, so one
  text can have a body for each place, and ambiguity is judged among those alone.

  Scenario: One text with a body per scenario and per tag
    Given these step definitions:
      | pattern      | behaviour                | scope                                                |
      | I press play | passes                   | {"scenario": ["Start a game", "Start both"]}         |
      | I press play | fails with "video body"  | {"feature": "features/*.feature", "tags": "@video"}  |
      | I stop       | passes                   | {"scenario": 13}                                     |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: Start a game
          When I press play

        @video
        Scenario: Start a video
          When I press play

        @video
        Scenario: Start both
          When I press play

        Scenario: Stop
          When I stop

        Scenario: Start the radio
          When I press play
      """
    Then scenario "Start a game" has status "passed"
    And scenario "Start a video" has status "failed"
    And the error of scenario "Start a video" says:
      """
      video body
      """
    And scenario "Start both" has status "ambiguous"
    And scenario "Stop" has status "passed"
    And scenario "Start the radio" has status "undefined"
    And the error of scenario "Start the radio" says:
      """
      These definitions match its text but are scoped to other places:
      (scenario "Start a game" or "Start both")
      (feature features/*.feature, tags @video)
      """

  Scenario: A scope on another feature file leaves the step undefined here
    Given these step definitions:
      | pattern      | behaviour | scope                               |
      | I press play | passes    | {"feature": "features/other/**"}    |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          When I press play
      """
    Then scenario "S" has status "undefined"
