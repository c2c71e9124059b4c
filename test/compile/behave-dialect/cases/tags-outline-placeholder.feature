Feature: placeholders in outline tags
  @enc.<x> @drop.<unknown>
  Scenario Outline: o
    Given <x>
    Examples:
      | x |
      | utf8 |
