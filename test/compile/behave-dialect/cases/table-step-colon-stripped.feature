Feature: trailing colon of a step with an argument
  Scenario: s
    Given a table:
      | a |
    And a doc string:
      """
      x
      """
    And no argument:
