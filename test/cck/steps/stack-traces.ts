import { When } from 'brine'

When('a step throws an exception', () => {
  throw new Error('BOOM')
})
