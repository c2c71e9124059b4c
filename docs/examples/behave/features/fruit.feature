Feature: Fruit
  Scenario: Eat apples
    Given I have 5 apples
    When I eat 2 of them
    Then the basket holds:
      | fruit  | count |
      | apples | 3     |

  Scenario: Pears
    Given Ann owns 4 pears
    Then Ann has 4 pears

  @wip
  Scenario: Not ready
    Given I have 1 apples

  @fixture.browser
  Scenario: With a browser
    Then the browser is headless
