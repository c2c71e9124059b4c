Feature: tag text after a keyword stays in the name
  Scenario: s @t
    Given x
