import { Given } from 'brine'

Given('{airport} is closed because of a strike', () => {
  throw new Error('Should not be called because airport parameter type has not been defined')
})
