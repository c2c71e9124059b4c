Feature: Stock
  Scenario: Store an item
    Given I store "Tea"
    Then the store holds "Tea"
