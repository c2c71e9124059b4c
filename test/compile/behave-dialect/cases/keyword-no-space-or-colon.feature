Feature: keyword not followed by a space
  Scenario: s
    Given:a
    Given	b
    When x
