Feature: BOM
  Scenario: s
    Given x
