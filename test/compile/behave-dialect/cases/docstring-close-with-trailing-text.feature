Feature: closing delimiter followed by text
  Scenario: s
    Given a file with:
      """
      line1
      """ trailing text
    Then done
