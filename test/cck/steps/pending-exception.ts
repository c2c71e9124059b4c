import { Given, pending } from 'brine'

Given('an unimplemented pending step', () => pending('TODO'))
