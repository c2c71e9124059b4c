Feature: step type carries from Background into scenario
  Background:
    When bg
  Scenario: s
    And a
