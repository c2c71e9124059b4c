Feature: Bags
  Scenario: Colors
    When I pick a red bag
    Then the bag is RED

  Scenario: Currency
    Then prices are in EUR
