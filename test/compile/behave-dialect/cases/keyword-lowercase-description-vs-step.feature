Feature: lower-case keyword line before the first real step
  Scenario: s
    given this looks like description to gherkin
    When a real step
