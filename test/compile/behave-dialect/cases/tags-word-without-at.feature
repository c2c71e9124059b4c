Feature: tag line with a word lacking @
  @a b
  Scenario: s
    Given x
