import { After, Before, When } from 'brine'

Before({ tags: '@passing-hook' }, async () => {})
Before({ tags: '@fail-before' }, () => {
  throw new Error('Exception in conditional hook')
})
When('a step passes', () => {})
After({ tags: '@fail-after' }, () => {
  throw new Error('Exception in conditional hook')
})
After({ tags: '@passing-hook' }, async () => {})
