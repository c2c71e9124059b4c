Feature: Examples: line in a description
  Examples: not a section
  Scenario: s
    Given x
