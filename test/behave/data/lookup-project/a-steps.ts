// a_steps.py in TypeScript, each definition with the origin behave reports for it.
import { given, registerType, step, Then, useStepMatcher, when, withPattern } from 'brine/behave'

const none = () => {}
const at = (line: number) => ({ origin: `features/steps/a_steps.py:${line}` })

registerType({ Number: withPattern('\\d+', (text) => Number.parseInt(text, 10)) })

given('I have {n:d} apples', at(13), none)
when('I eat {n:Number} apples', at(18), none)
Then('I have {n:d} apples left', at(23), none)
step('a generic step', at(28), none)
given('a generic {thing}', at(33), none)
step('the basket holds', at(38), none)
given('a note', at(43), none)
Then('the {first} and {}', at(48), none)
given('{count:d} pears', at(53), none)
when('I pick "{name}"', at(58), none)

useStepMatcher('re')

given('a regex with (?P<n>\\d+) and (\\w+)', at(66), none)
Then('regex end', at(71), none)

useStepMatcher('cfparse')

given('numbers {values:Number+}', at(79), none)
