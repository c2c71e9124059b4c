Feature: step keywords in any case
  Scenario: s
    Given a
    GIVEN b
    when c
    THen d
    and e
    bUT f
