Feature: rows with differing cell counts
  Scenario: s
    Given cells:
      | a | b |
      | c |
