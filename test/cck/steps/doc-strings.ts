import { Given } from 'brine'

Given('a doc string:', () => {})
