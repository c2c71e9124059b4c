Feature: Rule
  Rule: r
    Scenario: s
      Given x
