Feature: comment between table rows
  Scenario: s
    Given t
      | a |
      # comment
      | b |
