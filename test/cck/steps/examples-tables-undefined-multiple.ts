import assert from 'node:assert'
import { Given, Then, When } from 'brine'

Given('there are {int} cucumbers', (world, count) => {
  world.count = count
})
When('I eat {int} cucumbers', (world, eaten) => {
  world.count = (world.count as number) - eaten
})
Then('I should have {int} cucumbers', (world, expected) => {
  assert.strictEqual(world.count, expected)
})
