import { Given } from 'brine'

Given('an implemented non-pending step', () => {})
Given('an implemented step that is skipped', () => {})
Given('an unimplemented pending step', () => 'pending')
