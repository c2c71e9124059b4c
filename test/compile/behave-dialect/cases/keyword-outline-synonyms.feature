Feature: Scenario Template / Scenarios
  Scenario Template: t <x>
    Given <x>
    Scenarios:
      | x |
      | 1 |
  Scenario Outline: o <x>
    Given <x>
    Examples:
      | x |
      | 2 |
