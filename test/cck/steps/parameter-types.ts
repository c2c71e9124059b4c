import assert from 'node:assert'
import { defineParameterType, Given } from 'brine'

class Flight {
  constructor(
    readonly from: string,
    readonly to: string,
  ) {}
}

defineParameterType({
  name: 'flight',
  regexp: /([A-Z]{3})-([A-Z]{3})/,
  transformer: (from, to) => new Flight(from!, to!),
})

Given('{flight} has been delayed', (_world, flight) => {
  assert.ok(flight instanceof Flight)
  assert.strictEqual(flight.from, 'LHR')
  assert.strictEqual(flight.to, 'CDG')
})
