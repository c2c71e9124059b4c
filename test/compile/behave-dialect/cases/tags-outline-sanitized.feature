Feature: outline tags are normalized per example row
  @a(b) @c/d @e,f @g=h:i.j-k_l @"q" @ü
  Scenario Outline: o
    Given <x>
    Examples:
      | x |
      | 1 |
  @a(b) @c/d
  Scenario: plain
    Given y
