import { Given } from 'brine'

// brine has no exception for skipping: a step returns 'skipped', as in cucumber-js.
Given('I skip a step', () => 'skipped')
