Feature: one
  Feature: two (still description)
  Scenario: s
    Given x
Feature: three
  Scenario: t
    Given y
