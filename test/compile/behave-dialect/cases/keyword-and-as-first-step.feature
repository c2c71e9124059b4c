Feature: And/But as the very first step
  Scenario: s
    And a
    But b
