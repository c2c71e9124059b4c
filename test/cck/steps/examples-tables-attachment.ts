import { readFileSync } from 'node:fs'
import { When } from 'brine'

When('a JPEG image is attached', (world) => {
  world.attach(readFileSync('samples/examples-tables-attachment/cucumber.jpeg'), 'image/jpeg')
})
When('a PNG image is attached', (world) => {
  world.attach(readFileSync('samples/examples-tables-attachment/cucumber.png'), 'image/png')
})
