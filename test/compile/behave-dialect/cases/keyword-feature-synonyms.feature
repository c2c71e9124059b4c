Business Need: feature synonym
  Scenario: s
    Given x
