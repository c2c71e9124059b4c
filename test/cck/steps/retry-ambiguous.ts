import { Given } from 'brine'

Given('an ambiguous step', () => {})
Given('an ambiguous step', () => {})
