Feature: * steps
  Scenario: s
    When I act
    * star step
    And and-after-star
    Then outcome
