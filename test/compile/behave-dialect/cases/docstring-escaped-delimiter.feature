Feature: escaped delimiter inside a doc string
  Scenario: s
    Given a file with:
      """
      before
      \"\"\"
      after \"\"\" inline
      """
