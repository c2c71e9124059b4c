import { Given } from 'brine'

Given('a step that is used', () => {})
Given('a step that is not used', () => {})
