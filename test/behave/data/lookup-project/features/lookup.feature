Feature: Lookup

  Scenario: Step types
    Given I have 3 apples
    When I eat 2 apples
    Then I have 1 apples left
    And I have 1 apples left
    But I have 1 apples left

  Scenario: Star steps and generic steps
    * I have 4 apples
    When a generic step
    Given a generic step
    Then a generic step
    And a generic step

  Scenario: Case and trailing colons
    Given I HAVE 5 APPLES
    Given the basket holds:
      | fruit |
      | apple |
    Given a note:
      """
      text
      """
    Then the x and y
    Then the basket holds:

  Scenario: Matchers and files
    Given a regex with 12 and abc
    Then regex end
    Given numbers 1, 2, 3
    Then file b step here
    Given stacked one
    And stacked two
    When something in b
    Given x y z
    Given 7 pears
    When I pick "Ann"
    Then nobody defines this
