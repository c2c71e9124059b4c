Feature: description under Examples
  Scenario Outline: o
    Given <x>
    Examples: e
      Some description.
      | x |
      | 1 |
