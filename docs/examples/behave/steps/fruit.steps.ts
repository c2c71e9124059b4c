// #region steps
import { expect } from 'vitest'
import { given, when, Then, useStepMatcher, registerType, withPattern, beforeScenario } from 'brine/behave'

registerType({ Number: withPattern('\\d+', (text) => Number(text)) })

given('I have {n:d} apples', { origin: 'features/steps/cart_steps.py:14' }, (context, { n }) => {
  context.basket = { apples: n }
})
when('I eat {count:Number} of them', (context, { count }) => {
  context.basket.apples -= count
})
Then('the basket holds:', (context) => {
  for (const row of context.table!) expect(context.basket[row['fruit']!]).toBe(Number(row['count']))
})

useStepMatcher('re')
given('(?P<who>\\w+) owns (\\d+) pears', (context, args) => {
  context.owners = { [args.who]: Number(args[0]) }
})

beforeScenario((context, scenario) => {
  if (scenario.effective_tags.includes('wip')) scenario.skip('not ready')
})
// #endregion steps

Then('(?P<who>\\w+) has (?P<count>\\d+) pears', (context, { who, count }) => {
  expect(context.owners[who]).toBe(Number(count))
})
