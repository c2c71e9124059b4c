import { Given, When, Then } from 'brine'
import { expect } from 'vitest'

Given('I have {int} apples', (world, n) => {
  world.apples = n
})
When(/^I eat (\d+) apples?$/, (world, n) => {
  world.apples = (world.apples as number) - Number(n)
})
Then('I have {int} apple(s) left', async (world, n) => {
  await new Promise((r) => setTimeout(r, 1))
  expect(world.apples).toBe(n)
})
