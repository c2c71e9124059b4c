Feature: two doc strings on one step
  Scenario: s
    Given a file with:
      """
      first
      """
      """
      second
      """
