import { After, Before, When } from 'brine'

Before(() => {})
When('a step passes', () => {})
When('a step fails', () => {
  throw new Error('Exception in step')
})
After(() => {})
