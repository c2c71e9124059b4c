import { readFileSync } from 'node:fs'
import { After, Before, When } from 'brine'

Before((world) => {
  world.attach(readFileSync('samples/hooks-attachment/cucumber.svg'), 'image/svg+xml')
})
When('a step passes', () => {})
After((world) => {
  world.attach(readFileSync('samples/hooks-attachment/cucumber.svg'), 'image/svg+xml')
})
