Feature: And at the start of a later scenario
  Scenario: first
    Then t
  Scenario: second
    And a
    But b
