// Raised while translating a Python construct outside the supported subset. The statement that
// holds it, and everything after it in the function, stays as commented Python plus pending().
import { lineOf, type PyNode } from '../python-parser.js'

export class Untranslatable extends Error {
  constructor(
    readonly node: PyNode,
    readonly reason: string,
    /** Only this statement stays commented (it has no effect under brine); the code after it runs. */
    readonly skipOnly = false,
  ) {
    super(`line ${lineOf(node)}: ${reason}`)
    this.name = 'Untranslatable'
  }
}

export function fail(node: PyNode, reason: string): never {
  throw new Untranslatable(node, reason)
}

/** A statement with no equivalent and no effect under brine (behave's internals): commented, then carry on. */
export function skip(node: PyNode, reason: string): never {
  throw new Untranslatable(node, reason, true)
}
