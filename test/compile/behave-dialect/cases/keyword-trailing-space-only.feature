Feature: step keyword with nothing after it
  Scenario: s
    Given 
    When x
