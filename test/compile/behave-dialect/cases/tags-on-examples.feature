Feature: tags on Examples
  Scenario Outline: o
    Given <x>
    @ex1
    Examples:
      | x |
      | 1 |
    @ex2 @ex3
    Examples:
      | x |
      | 2 |
