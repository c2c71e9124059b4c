@a@b
Feature: tags without space
  @c,@d
  Scenario: s
    Given x
