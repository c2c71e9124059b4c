Feature: Background after a scenario with steps
  Scenario: s
    Given x
  Background: b
    Given y
