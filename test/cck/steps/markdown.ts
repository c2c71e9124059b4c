import { Given, Then, When } from 'brine'

Given('some TypeScript code:', () => {})

Given('some classic Gherkin:', () => {})

When('we use a data table and attach something and then {word}', (world, word) => {
  world.log(`We are logging some plain text (${word})`)
  if (word === 'fail') throw new Error('You asked me to fail')
})

Then('this might or might not run', () => {})
