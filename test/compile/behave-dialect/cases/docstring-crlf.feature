Feature: CRLF line endings
  Scenario: s
    Given a file with:
      """
      line1
      line2
      """
    And a table:
      | a | b |
