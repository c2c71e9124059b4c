Feature: text after the last pipe
  Scenario: s
    Given cells:
      | a | b | # comment
      | c | d | #
