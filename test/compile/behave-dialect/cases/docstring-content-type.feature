Feature: doc string content type
  Scenario: s
    Given a file with:
      """python
      print(1)
      """
    And another:
      """   text/x-ruby with spaces
      x
      """
