import { expect } from 'vitest'
// #region parameter-type
import { defineParameterType, When, Then } from 'brine'

defineParameterType({ name: 'color', regexp: /red|blue/, transformer: (s) => s.toUpperCase() as Color })

type Color = 'RED' | 'BLUE'
declare module 'brine' {
  interface ParameterTypes {
    color: Color
  }
}

When('I pick a {color} bag', (world, color) => {
  world.bag = color // color: Color
})
// #endregion parameter-type
Then('the bag is {word}', (world, color) => {
  expect(world.bag).toBe(color)
})
Then('prices are in {word}', (world, currency) => {
  expect(world.parameters.currency).toBe(currency) // brine({ worldParameters }) in vitest.config.ts
})
