Feature: Examples without a table
  Scenario Outline: o <x>
    Given <x>
    Examples: none
    Examples: some
      | x |
      | 1 |
