import { readFileSync } from 'node:fs'
import { DocString, When } from 'brine'

When('the string {string} is attached as {string}', (world, text, mediaType) => {
  world.attach(text, mediaType)
})
When('the string {string} is logged', (world, text) => {
  world.log(text)
})
When('text with ANSI escapes is logged', (world) => {
  world.log(
    'This displays a \x1b[31mr\x1b[0m\x1b[91ma\x1b[0m\x1b[33mi\x1b[0m\x1b[32mn\x1b[0m\x1b[34mb\x1b[0m\x1b[95mo\x1b[0m\x1b[35mw\x1b[0m',
  )
})
When('the following string is attached as {string}:', (world, mediaType, text: DocString) => {
  world.attach(String(text), mediaType)
})
When('an array with {int} bytes is attached as {string}', (world, size, mediaType) => {
  world.attach(Buffer.from([...Array(size).keys()]), mediaType)
})
When('a PDF document is attached and renamed', (world) => {
  world.attach(readFileSync('samples/attachments/document.pdf'), {
    mediaType: 'application/pdf',
    fileName: 'renamed.pdf',
  })
})
When('a link to {string} is attached', (world, uri) => {
  world.attach(uri, 'text/uri-list')
})
When('the string {string} is attached as {string} before a failure', (world, text, mediaType) => {
  world.attach(text, mediaType)
  throw new Error('whoops')
})
