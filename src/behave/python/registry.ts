// The Python modules a migrated suite can reach by name (sys.modules): brine/python's own stand-ins
// for the standard library and a few packages, and translated project modules that expose names for
// unittest.mock's patch("package.module.name").
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */

const modules = new Map<string, any>()

/** A Python module object: its members, registered under its dotted name. */
export function pyModule<T extends object>(name: string, members: T): T {
  Object.defineProperty(members, '__name__', { value: name, enumerable: false, writable: true })
  modules.set(name, members)
  return members
}

/**
 * A translated project module: an object whose accessors read and rebind the module's own
 * variables, so patch('pkg.mod.Name') changes what the module's code sees, as in Python.
 */
export function projectModule(name: string, accessors: object): void {
  const existing = modules.get(name)
  if (existing) Object.defineProperties(existing, Object.getOwnPropertyDescriptors(accessors))
  else pyModule(name, accessors)
}

/** Whether a value is a registered module (a plain object, which brine/python otherwise takes for a dict). */
export function isModule(x: unknown): boolean {
  for (const module of modules.values()) if (module === x) return true
  return false
}

/** The module registered under `name`, if any. */
export function moduleNamed(name: string): any {
  return modules.get(name)
}

/** sys.modules: every registered module by name. */
export function allModules(): Map<string, any> {
  return modules
}
