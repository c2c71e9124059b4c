import { Given } from 'brine'

Given('an implemented step', () => {})
Given('a step that will be skipped', () => {})
