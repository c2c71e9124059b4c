// How brine makes a cucumber-js World: every scenario gets a fresh instance of the constructor set
// with setWorldConstructor (a class, one extending World, or a plain function), called with
// cucumber-js's options ({ attach, log, link, parameters }) and its own copy of the
// worldParameters, as cucumber-js does.
import type { WorldConstructor, WorldOptions } from '../runtime/world.js'
import { cucumberAttachments } from './attachments.js'
import type { IWorldOptions } from './types.js'

/** The constructor brine's runtime calls: builds cucumber-js's options and calls `constructor` with them. */
export function worldAdapter(constructor: unknown): WorldConstructor<object> {
  const make = constructor as new (options: IWorldOptions) => object
  // A function called with `new` that returns an object makes that object the result.
  function CucumberWorld(options: WorldOptions): object {
    return new make({ ...cucumberAttachments(options.attach), parameters: structuredClone(options.parameters) })
  }
  return CucumberWorld as unknown as WorldConstructor<object>
}
