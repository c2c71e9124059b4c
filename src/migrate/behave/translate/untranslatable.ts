// Raised while translating a Python construct outside the supported subset. The statement that
// holds it, and everything after it in the function, stays as commented Python plus pending().
import { lineOf, type PyNode } from '../python-parser.js'

export class Untranslatable extends Error {
  constructor(
    readonly node: PyNode,
    readonly reason: string,
  ) {
    super(`line ${lineOf(node)}: ${reason}`)
    this.name = 'Untranslatable'
  }
}

export function fail(node: PyNode, reason: string): never {
  throw new Untranslatable(node, reason)
}
