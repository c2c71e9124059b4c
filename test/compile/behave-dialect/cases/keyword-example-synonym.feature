Feature: Example: is a scenario only in gherkin
  Example: one
    Given x
  Scenario: two
    Given y
