Feature: tags at end of file
  Scenario: s
    Given x
  @orphan
