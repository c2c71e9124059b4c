Feature: Background keyword after a step-less scenario
  Scenario: s
  Background: b
    Given x
