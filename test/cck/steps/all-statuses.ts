import { Given } from 'brine'

Given(/^a step$/, () => {})
Given(/^a failing step$/, () => {
  throw new Error('whoops')
})
Given(/^a pending step$/, () => 'pending')
Given(/^a skipped step$/, () => 'skipped')
Given(/^an ambiguous (.*?)$/, () => {})
Given(/^(.*?) ambiguous step$/, () => {})
