Feature:	Tabs
	Scenario:	s
		Given	x
		Given x	
		|	a	|
