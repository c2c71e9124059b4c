import { Given } from 'brine'

Given('I have {int} <![CDATA[cukes]]> in my belly', () => {})
