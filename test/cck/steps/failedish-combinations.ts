import { Given } from 'brine'

Given(/^a step$/, () => {})
Given(/^a skipped step$/, () => 'skipped')
Given(/^a pending step$/, () => 'pending')
Given(/^an ambiguous (.*?)$/, () => {})
Given(/^(.*?) ambiguous step$/, () => {})
Given(/^a failing step$/, () => {
  throw new Error('whoops')
})
