Feature: # lines inside a doc string
  Scenario: s
    Given a file with:
      """
      # not a comment
      """
