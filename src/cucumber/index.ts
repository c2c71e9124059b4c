// brine/cucumber: cucumber-js's support-code API (@cucumber/cucumber 12) on brine's runtime, so
// step definitions, hooks, parameter types and Worlds written for cucumber-js run unchanged:
// `this` is the World, arguments and hook arguments are cucumber-js's, callbacks and promises work.
import { World as BrineWorld } from '../runtime/world.js'
import { supportRegistry } from '../runtime/support-registry.js'
import * as parallelCanAssignHelpers from './parallel-helpers.js'
import { World } from './world.js'
import { worldAdapter } from './world-adapter.js'

export {
  After,
  AfterAll,
  AfterStep,
  Before,
  BeforeAll,
  BeforeStep,
  Given,
  Then,
  When,
  Given as defineStep,
  defineParameterType,
  setDefaultTimeout,
  setDefinitionFunctionWrapper,
  setParallelCanAssign,
  setWorldConstructor,
} from './define.js'
export { DataTable } from './data-table.js'
export { Status } from './status.js'
export { world, context } from './scope.js'
export { wrapPromiseWithTimeout } from './timeout.js'
export { World, parallelCanAssignHelpers }
export type * from './types.js'

// Until setWorldConstructor is called, a scenario's World is cucumber-js's (with `link`).
const registry = supportRegistry()
if (registry.worldConstructor === BrineWorld) registry.worldConstructor = worldAdapter(World)
