// What a callee in Python code refers to among behave's, parse's and parse_type's own functions.
import { libraryName, stepKeyword } from './behave-names.js'
import type { PyNode } from './python-parser.js'
import type { ModuleScope } from './translate/scope.js'

export interface LibraryRef {
  /** e.g. `behave.given`, `parse.with_pattern`, `parse_type.TypeBuilder.make_enum`. */
  qualified: string
  step?: 'given' | 'when' | 'then' | 'step'
}

export function behaveNamesOf(callee: PyNode, scope: ModuleScope, stepModule: boolean): LibraryRef | undefined {
  const qualified = libraryName(callee, scope, stepModule)
  if (!qualified) return undefined
  const step = stepKeyword(qualified)
  return step ? { qualified, step } : { qualified }
}
