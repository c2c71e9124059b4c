Feature: row without trailing pipe
  Scenario: s
    Given cells:
      | a | bcd
      | c | d |
