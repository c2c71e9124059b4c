Feature: whitespace-only lines
   
	
  Scenario: s
    
    Given x
    
    Then y
