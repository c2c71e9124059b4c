import { expect } from 'vitest'
import { Then } from 'brine/behave'

/** Stands for a real browser launcher in this example. */
const launch = ({ headless }: { headless: boolean }) => ({ headless, open: true, close() {} })

// #region fixture
import { beforeTag, fixture, useFixture, type Context } from 'brine/behave'

const browser = fixture(function* (context: Context, headless = true) {
  context.browser = launch({ headless })
  yield context.browser
  context.browser.close()
})
beforeTag((context, tag) => {
  if (tag === 'fixture.browser') useFixture(browser, context)
})
// #endregion fixture

Then('the browser is headless', (context) => {
  expect(context.browser.headless).toBe(true)
})
