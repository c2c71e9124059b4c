Feature: Every Gherkin construct becomes tests
  Each pickle becomes one test: a Scenario, or one row of any Examples block of an
  Outline. Rules become nested suites, Backgrounds run inside every test, and tags are
  inherited from Feature, Rule, Scenario and Examples.

  Scenario: Every Examples block of an Outline, with its tags and placeholders
    When I compile this feature:
      """gherkin
      @shop
      Feature: Prices

        Background:
          Given a price list

        Scenario Outline: <count> items cost <total>
          When I buy <count> items
          Then I pay <total>

          @small
          Examples: small orders
            | count | total |
            | 1     | 10    |
            | 2     | 20    |

          @bulk
          Examples: bulk orders
            | count | total |
            | 100   | 900   |
      """
    Then it has these tests:
      | title                | line | tags         | steps                                                          |
      | 1 items cost 10      | 14   | @shop @small | Given a price list / When I buy 1 items / Then I pay 10        |
      | 2 items cost 20      | 15   | @shop @small | Given a price list / When I buy 2 items / Then I pay 20        |
      | 100 items cost 900   | 20   | @shop @bulk  | Given a price list / When I buy 100 items / Then I pay 900     |

  Scenario: Rows that give the same title are told apart
    When I compile this feature:
      """gherkin
      Feature: F
        Scenario Outline: same name
          Given <x>

          Examples: first
            | x |
            | a |
            | b |

          Examples:
            | x |
            | c |
      """
    Then it has these tests:
      | title                  | line |
      | same name (first #1)   | 7    |
      | same name (first #2)   | 8    |
      | same name (example #1) | 12   |

  Scenario: Rules with their own Background become nested suites
    When I compile this feature:
      """gherkin
      @f
      Feature: Accounts
        Background:
          Given a bank

        Scenario: Open
          When I open an account

        @r
        Rule: Overdrafts
          Background:
            Given an account with 0

          Scenario: Refused
            When I withdraw 10
      """
    Then it has these tests:
      | suite                 | title   | tags  | steps                                                       |
      | Accounts              | Open    | @f    | Given a bank / When I open an account                       |
      | Accounts > Overdrafts | Refused | @f @r | Given a bank / Given an account with 0 / When I withdraw 10 |

  Scenario: Placeholders are filled in tables too
    When I compile this feature:
      """gherkin
      Feature: F
        Scenario Outline: O
          Given these:
            | name   |
            | <who>  |

          Examples:
            | who |
            | Ann |
      """
    Then step 1 of test "O" has the table:
      | name |
      | Ann  |

  Scenario: An outline's scenario knows its Examples row
    Given these step definitions:
      | pattern          | behaviour                |
      | I buy {int} pens | records its Examples row |
    When I run this feature in-process:
      """gherkin
      Feature: F
        Scenario Outline: O
          When I buy <count> pens

          Examples: few
            | count | colour |
            | 2     | red    |

        Scenario: Plain
          When I buy 3 pens
      """
    Then these things happened, in order:
      | I buy {int} pens                                                                 |
      | I buy {int} pens <- {"name":"few","row":1,"values":{"count":"2","colour":"red"}} |
      | I buy {int} pens                                                                 |
      | I buy {int} pens <- null                                                         |

  Scenario: Any language the Gherkin parser knows
    When I compile this feature:
      """gherkin
      # language: fr
      Fonctionnalité: Panier
        Scénario: Ajouter
          Soit un panier vide
          Quand j'ajoute 2 pommes
          Alors le panier contient 2 pommes
      """
    Then it has these tests:
      | suite  | title   | steps                                                                  |
      | Panier | Ajouter | Soit un panier vide / Quand j'ajoute 2 pommes / Alors le panier contient 2 pommes |

  Scenario: A feature that does not parse names the file, line and column
    When I compile this feature:
      """gherkin
      Feature: Broken
        Scenario: S
          Given a step
        | not | a | step |
        This line is nonsense
      """
    Then compiling fails with:
      """
      features/spec.feature:5:3: (5:3): expected: #EOF, #TableRow, #DocStringSeparator, #StepLine, #TagLine, #ExamplesLine, #ScenarioLine, #RuleLine, #Comment, #Empty, got 'This line is nonsense'
      """

  Scenario: A feature still without scenarios is a draft, not a failure
    Given the file "features/draft.feature":
      """gherkin
      Feature: Draft
        Scenarios will follow.

        Rule: Later
      """
    When I run Vitest
    Then the run passes
    And the tests have these statuses:
      | test               | status  |
      | (no scenarios yet) | skipped |
