import { Given, When, Then } from 'brine'
import { expect } from 'vitest'

Given('I have {int} apples', (world, n) => {
  world.apples = n // n: number, inferred from {int}
})
When('I add {int} apples', (world, n) => {
  world.apples = (world.apples as number) + n
})
Then('the basket holds {int} apples', (world, n) => {
  expect(world.apples).toBe(n)
})
