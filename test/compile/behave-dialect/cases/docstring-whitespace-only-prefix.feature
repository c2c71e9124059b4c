Feature: less-indented but whitespace-only lines, and extra indent
  Scenario: s
    Given a file with:
        """
        a
	
          b
   
        """
