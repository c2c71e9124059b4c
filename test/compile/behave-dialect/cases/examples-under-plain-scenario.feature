Feature: Examples under Scenario:
  Scenario: s <x>
    Given <x>
    Examples:
      | x |
      | 1 |
