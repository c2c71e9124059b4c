import { Given } from 'brine'

Given('a pending step', () => 'pending')
