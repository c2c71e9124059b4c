@cart
Feature: Cart
  Background:
    Given an empty cart

  Scenario: Add items
    When I add 2 "Tea"
    And I eat 1 apple
    Then the cart holds 2 items

  Scenario: Add several kinds at once
    When I add:
      | item | count |
      | Tea  | 2     |
      | Jam  | 1     |
    Then the cart holds 3 items

  @slow
  Scenario: Wait for the delivery
    When I wait 0.01 seconds
    Then the cart holds 0 items

  Scenario: Gift wrapping
    Given a feature nobody wrote yet
