Feature: description lines
  Scenario: s
    Free text.
    | looks | like a table |
    """
    Given x
