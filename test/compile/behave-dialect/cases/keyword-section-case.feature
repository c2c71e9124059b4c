Feature: section keywords are case sensitive in both
  scenario: lower
    Given x
  SCENARIO OUTLINE: upper
