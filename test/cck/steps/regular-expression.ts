import { Given } from 'brine'

Given(/^a (.*?)(?: and a (.*?))?(?: and a (.*?))?$/, () => {})
