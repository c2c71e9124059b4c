Feature: Step definitions receive typed arguments
  Cucumber Expressions convert their parameters ({int}, {float}, {string}, {word},
  custom types); regular expressions pass their groups as strings. A data table or
  doc string comes last.

  Scenario: Cucumber Expression parameters are converted
    Given these step definitions:
      | pattern                                      | behaviour             |
      | I buy {int} {word} at {float} for {string}   | records its arguments |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given I buy 3 pears at 1.5 for "the shop"
      """
    Then these things happened, in order:
      | I buy {int} {word} at {float} for {string}                                   |
      | I buy {int} {word} at {float} for {string} <- [3,"pears",1.5,"the shop"]     |

  Scenario: Regular expression groups arrive as strings
    Given these step definitions:
      | pattern                  | behaviour             |
      | /^I eat (\d+) (\w+)$/ | records its arguments |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          When I eat 12 apples
      """
    Then these things happened, in order:
      | /^I eat (\d+) (\w+)$/                      |
      | /^I eat (\d+) (\w+)$/ <- ["12","apples"]    |

  Scenario: A custom parameter type transforms its match
    Given a parameter type "color" matching "red|green" that upper-cases its text
    And these step definitions:
      | pattern              | behaviour             |
      | a {color} ball       | records its arguments |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a green ball
      """
    Then these things happened, in order:
      | a {color} ball             |
      | a {color} ball <- ["GREEN"] |

  Scenario: A data table and a doc string come after the parameters
    Given these step definitions:
      | pattern             | behaviour             |
      | a table for {word}: | records its arguments |
      | a note:             | records its arguments |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario: S
          Given a table for Ann:
            | a | b |
            | 1 | 2 |
          And a note:
            ```markdown
              indented
            text
            ```
      """
    Then these things happened, in order:
      | a table for {word}:                                      |
      | a table for {word}: <- ["Ann",[["a","b"],["1","2"]]]     |
      | a note:                                                  |
      | a note: <- [{"doc":"  indented\\ntext","mediaType":"markdown"}] |
