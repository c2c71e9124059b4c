Feature: blank and comment lines inside a table
  Scenario Outline: o
    Given <x>
    Examples:
      | x |

      | 1 |
      # comment
      | 2 |
  Scenario: s
    Given t
      | a |

      | b |
