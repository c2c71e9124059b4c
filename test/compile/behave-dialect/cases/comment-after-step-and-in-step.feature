Feature: # in steps
  Scenario: s   # not a comment
    Given x # not a comment
    When issue#12 is fixed
