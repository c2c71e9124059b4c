Feature: steps after an Examples table
  Scenario Outline: o
    Given <x>
    Examples:
      | x |
      | 1 |
    Then also <x>
