Feature: table directly under Background
  Background:
    | a |
  Scenario: s
    Given y
