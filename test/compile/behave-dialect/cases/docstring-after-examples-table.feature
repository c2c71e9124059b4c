Feature: doc string after an Examples table attaches to the outline's last step
  Scenario Outline: o
    Given a <x>
    Examples:
      | x |
      | 1 |
    """
    text <x>
    """
