Feature: Basket
  Scenario: Add apples
    Given I have 3 apples
    When I add 2 apples
    Then the basket holds 5 apples
