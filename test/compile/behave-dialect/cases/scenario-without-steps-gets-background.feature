Feature: background with step-less scenario
  Background:
    Given bg
  Scenario: empty
  Scenario: full
    When x
