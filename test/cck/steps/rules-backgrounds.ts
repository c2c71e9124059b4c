import { Given, Then, When } from 'brine'

Given('an order for {string}', () => {})
When('an action', () => {})
Then('an outcome', () => {})
