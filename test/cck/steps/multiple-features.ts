import { Given } from 'brine'

Given('an order for {string}', () => {})
