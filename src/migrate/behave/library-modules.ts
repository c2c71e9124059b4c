// The Python modules brine/python provides (the standard library real suites import, PyHamcrest,
// six…), read from brine/python itself so the migration and the runtime can never disagree: how
// translated code reaches each module (py.os.path) and each member, and which members are classes.
import * as py from '../../behave/python/index.js'
import { allModules } from '../../behave/python/registry.js'

interface LibraryName {
  /** How translated code reaches it, e.g. `py.os.path.join`. */
  code: string
  isClass: boolean
  isModule: boolean
}

export interface LibraryModule {
  code: string
  member(name: string): LibraryName | undefined
}

const isClass = (f: unknown) => typeof f === 'function' && /^class[\s{]/.test(Function.prototype.toString.call(f))

/** Module object → its path from `py`, found by walking brine/python's exports (two levels deep). */
function modulePaths(): Map<object, string> {
  const registered = new Set<object>(allModules().values())
  const paths = new Map<object, string>()
  for (const [name, value] of Object.entries(py)) {
    if (!registered.has(value as object) || paths.has(value as object)) continue
    paths.set(value as object, `py.${name}`)
    for (const [inner, child] of Object.entries(value as object))
      if (registered.has(child) && !paths.has(child)) paths.set(child, `py.${name}.${inner}`)
  }
  return paths
}

let paths: Map<object, string> | undefined

/** The brine/python module standing for a Python module, or undefined when there is none. */
export function libraryModule(python: string): LibraryModule | undefined {
  paths ??= modulePaths()
  // PyHamcrest's submodules all lead to the same matchers.
  const name = /^hamcrest\.(library|core)\b/.test(python)
    ? 'hamcrest'
    : python === 'typing_extensions'
      ? 'typing'
      : python
  const module = allModules().get(name)
  const code = module && paths.get(module)
  if (!module || !code) return undefined
  return {
    code,
    member(member: string) {
      // typing's names are annotations: any name exists, and stands for nothing at run time.
      if (!Object.hasOwn(module, member) && name !== 'typing') return undefined
      const value = (module as Record<string, unknown>)[member]
      const path = paths!.get(value as object)
      return {
        code: path ?? `${code}${/^[A-Za-z_$][\w$]*$/.test(member) ? `.${member}` : `[${JSON.stringify(member)}]`}`,
        isClass: isClass(value),
        isModule: path !== undefined,
      }
    },
  }
}

/** Python's built-in functions and types that brine/python provides under their own names. */
export function builtinName(name: string): boolean {
  return Object.hasOwn(py, name) && typeof (py as Record<string, unknown>)[name] === 'function'
}
