Feature: tags on Background
  @t
  Background:
    Given x
  Scenario: s
    Given y
