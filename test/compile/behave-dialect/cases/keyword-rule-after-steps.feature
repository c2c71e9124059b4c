Feature: Rule after steps
  Scenario: a
    Given x
  Rule: r
    Scenario: s
      Given y
