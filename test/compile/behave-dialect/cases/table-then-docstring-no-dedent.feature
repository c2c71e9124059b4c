Feature: doc string after a table (indentation is not removed)
  Scenario: s
    Given a thing:
      | a |
      """
      text
        more
      """
