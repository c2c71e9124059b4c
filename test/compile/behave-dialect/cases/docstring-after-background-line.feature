Feature: doc string directly under Background (no step)
  Background:
    """
    x
    """
  Scenario: s
    Given y
