import { After, Before, Given } from 'brine'

Before(() => {})
Before({ tags: '@skip-before' }, () => 'skipped')
Before(() => {})
Given('a normal step', () => {})
Given('a step that skips', () => 'skipped')
After(() => {})
After({ tags: '@skip-after' }, () => 'skipped')
After(() => {})
