Feature: table cell escapes
  Scenario: s
    Given cells:
      | pipe \| x | backslash \\ x | newline \n x | tab \t x | bs-pipe \\| y |
