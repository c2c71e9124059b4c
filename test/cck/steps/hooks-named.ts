import { After, Before, When } from 'brine'

Before({ name: 'A named before hook' }, () => {})
When('a step passes', () => {})
After({ name: 'A named after hook' }, () => {})
