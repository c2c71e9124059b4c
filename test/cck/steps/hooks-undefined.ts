import { After, Before } from 'brine'

Before(() => {})
After(() => {})
