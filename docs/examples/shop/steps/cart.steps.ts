import { expect } from 'vitest'
import { Cart } from '../src/cart.js'
// #region steps
import { Given, When, Then, Step, DataTable, DocString, pending } from 'brine'

Given('an empty cart', (world) => {
  world.cart = new Cart()
})
When('I add {int} {string}', (world, count, name) => {
  world.cart.add(name, count) // count: number, name: string
})
When(/^I eat (\d+) apples?$/, (world, count) => {
  world.eaten = Number(count) // RegExp groups arrive as strings
})
When('I add:', (world, table: DataTable) => {
  for (const row of table.hashes()) world.cart.add(row.item!, Number(row.count))
})
When('I write the note:', (world, note: DocString) => {
  world.note = note // String(note) is its text; note.mediaType is 'markdown'
})
Step('I wait {float} seconds', { timeout: 10_000 }, async (_world, seconds) => {
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000))
})
Given('a feature nobody wrote yet', () => pending()) // or return 'pending'
// #endregion steps

Then('the cart holds {int} items', (world, count) => {
  expect(world.cart.count()).toBe(count)
})
Then('the note says {string} in {word}', (world, text, mediaType) => {
  expect(String(world.note)).toBe(text)
  expect(world.note?.mediaType).toBe(mediaType)
})
