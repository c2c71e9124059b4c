Feature: Notes
  Scenario: A note for the courier
    When I write the note:
      """markdown
      Ring **twice**
      """
    Then the note says "Ring **twice**" in markdown
