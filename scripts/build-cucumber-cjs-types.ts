// `npm run build`'s last step: the CommonJS copy of brine/cucumber's declarations in dist/.
import { writeCucumberCjsTypes } from './cucumber-cjs-types.ts'

writeCucumberCjsTypes('dist')
