// A decorated def or class becomes an expression handed to its decorators, and a bundler may rename
// such an expression when an enclosing binding has its name (esbuild turns `inner` into `inner2`).
// named() puts the Python name on it, where __name__ reads first. A getter, because a subclass
// inherits static properties: there __name__ is the subclass's own name.
export function named<T extends object>(name: string, value: T): T {
  Object.defineProperty(value, '__name__', {
    get(this: { name?: string }) {
      return this === value ? name : this.name
    },
    set(this: object, renamed: unknown) {
      Object.defineProperty(this, '__name__', { value: renamed, writable: true, configurable: true })
    },
    configurable: true,
  })
  return value
}
