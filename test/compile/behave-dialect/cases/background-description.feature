Feature: description under Background
  Background: b
    Some description.
    Given x
  Scenario: s
    When y
