Feature: steps directly under Feature
  Given x
  When y
  Scenario: s
    Then z
