import { Given } from 'brine'

Given('I have {int} cukes in my belly', () => {})
