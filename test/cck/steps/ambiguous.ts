import { Given } from 'brine'

Given(/^a (.*?) with (.*?)$/, () => {})
Given(/^a step with (.*?)$/, () => {})
