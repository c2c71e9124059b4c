Feature: ''' doc strings
  Scenario: s
    Given a file with:
      '''
      hello "world"
        indented
      '''
    Then done
