Feature: outline without Examples
  Scenario Outline: o <x>
    Given <x>
