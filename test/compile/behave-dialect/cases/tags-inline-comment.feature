@a #comment @b
Feature: tag line comments
  @c # another
  @d#notcomment
  Scenario: s
    Given x
