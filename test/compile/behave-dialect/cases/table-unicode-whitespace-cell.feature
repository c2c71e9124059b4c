Feature: unicode whitespace in cells
  Scenario: s
    Given cells:
      |　a　| b |
