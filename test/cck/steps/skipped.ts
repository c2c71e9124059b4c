import { Given } from 'brine'

Given('a step that does not skip', () => {})
Given('a step that is skipped', () => {})
Given('I skip a step', () => 'skipped')
