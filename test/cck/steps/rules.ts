import assert from 'node:assert'
import { Given, Then, When } from 'brine'

Given('the customer has {int} cents', (world, money) => {
  world.money = money
})
Given('there are chocolate bars in stock', (world) => {
  world.stock = ['Mars']
})
Given('there are no chocolate bars in stock', (world) => {
  world.stock = []
})
When('the customer tries to buy a {int} cent chocolate bar', (world, price) => {
  if ((world.money as number) >= price) world.chocolate = (world.stock as string[]).pop()
})
Then('the sale should not happen', (world) => {
  assert.strictEqual(world.chocolate, undefined)
})
Then('the sale should happen', (world) => {
  assert.ok(world.chocolate)
})
