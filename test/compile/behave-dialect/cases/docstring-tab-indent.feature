Feature: tab indentation in doc strings
	Scenario: s
		Given a file with:
			"""
			line1
				line2
			"""
