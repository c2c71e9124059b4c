Feature: content less indented than the opening delimiter
  Scenario: s
    Given a file with:
      """
    two-less
       one-more
      """
