Feature: doc string never closed (rest of file is swallowed)
  Scenario: s
    Given a file with:
    """
    text
    When this is swallowed too
