Feature: ``` doc strings
  Scenario: s
    Given a file with:
      ```
      hello
      ```
