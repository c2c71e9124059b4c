import { After, Given } from 'brine'

Given('a step that skips', () => 'skipped')
After(() => {
  throw new Error('whoops')
})
