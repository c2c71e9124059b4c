Feature:
  Scenario:
    Given x
