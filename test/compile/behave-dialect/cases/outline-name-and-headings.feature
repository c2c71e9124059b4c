Feature: outline expansion details
  Scenario Outline: o <x>
    Given <x> row <row.id> in <examples.name>
      | <x> | h |
      | <x> | v |
    Examples: ex
      | x |
      | 1 |
