@@a @
Feature: odd at signs
  Scenario: s
    Given x
