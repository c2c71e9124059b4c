Feature: doc string followed by a table on one step
  Scenario: s
    Given a file with:
      """
      text
      """
      | a | b |
      | 1 | 2 |
