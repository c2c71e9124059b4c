// What `brine init` writes into a project: a config when there is none, an example feature and
// its steps, and npm scripts.

export const NEW_CONFIG = `import { defineConfig } from 'vitest/config'
import { brine } from 'brine/plugin'

export default defineConfig({
  plugins: [brine()],
})
`

export const EXAMPLE_FEATURE = `Feature: Example
  brine runs this file as a Vitest suite; steps/example.steps.ts defines its steps.

  Scenario: Adding two numbers
    Given the number 2
    When I add 3
    Then the result is 5
`

export const EXAMPLE_STEPS = `import { Given, Then, When } from 'brine'
import { expect } from 'vitest'

Given('the number {int}', (world, n) => {
  world.result = n
})

When('I add {int}', (world, n) => {
  world.result = (world.result as number) + n
})

Then('the result is {int}', (world, n) => {
  expect(world.result).toBe(n)
})
`

/** Scripts that run the features whatever the project layout: Vitest filters files by path. */
export const SCRIPTS: Record<string, string> = {
  features: 'vitest run features/',
  'features:watch': 'vitest features/',
}
