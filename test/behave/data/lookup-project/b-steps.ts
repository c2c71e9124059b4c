// b_steps.py in TypeScript: a new file starts with the parse matcher again.
import { given, step, Then } from 'brine/behave'

const none = () => {}
const at = (line: number) => ({ origin: `features/steps/b_steps.py:${line}` })

Then('file b step {x}', at(4), none)
// Stacked decorators apply bottom-up: "stacked two" is registered first.
given('stacked two', at(9), none)
given('stacked one', at(9), none)
step('{anything} in b', at(15), none)
given('{a} {b} {c}', at(20), none)
