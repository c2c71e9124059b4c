Feature: Smoke
  Background:
    Given I have 3 apples

  Scenario: eat some
    When I eat 2 apples
    Then I have 1 apple left

  Scenario Outline: eat <n>
    When I eat <n> apples
    Then I have <left> apple left

    Examples:
      | n | left |
      | 1 | 2    |
      | 3 | 0    |
