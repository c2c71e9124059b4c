import assert from 'node:assert'
import { Given, Then, When } from 'brine'

Given('there are {int} cucumbers', (world, count) => {
  world.count = count
})
Given('there are {int} friends', (world, friends) => {
  world.friends = friends
})
When('I eat {int} cucumbers', (world, eaten) => {
  world.count = (world.count as number) - eaten
})
Then('I should have {int} cucumbers', (world, expected) => {
  assert.strictEqual(world.count, expected)
})
Then('each person can eat {int} cucumbers', (world, expected) => {
  const share = Math.floor((world.count as number) / (1 + (world.friends as number)))
  assert.strictEqual(share, expected)
})
