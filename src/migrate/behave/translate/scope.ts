// What the translator knows while it writes one module: the names Python code can see (and what
// each is), the Python built-ins the output uses, and the TODOs collected on the way.

/** What a name the Python code refers to stands for. */
export type Binding =
  | { kind: 'function'; params: string[] }
  | { kind: 'class' }
  | { kind: 'module' }
  | { kind: 'value' }
  | { kind: 'external'; module: string }

/** Static type guesses are only ever used where they cannot change behaviour for valid Python. */
/** `ctx` is behave's context. */
export type PyType = 'num' | 'str' | 'bool' | 'list' | 'dict' | 'set' | 'none' | 'ctx' | 'any'

export class ModuleScope {
  readonly names = new Map<string, Binding>()
  /** Module-level names bound once to a string literal: step patterns may name them. */
  readonly constants = new Map<string, string>()
  /** Whether the output uses the generated python-builtins module (imported as `py`). */
  usesBuiltins = false
  readonly todos: string[] = []
  /** Uses of `expect` from vitest. */
  usesExpect = false
  /** Names the output imports from 'brine/behave' and from 'brine'. */
  readonly behaveImports = new Set<string>()
  readonly brineImports = new Set<string>()

  builtin(name: string): string {
    this.usesBuiltins = true
    return `py.${name}`
  }
}

/** A function (or module top level) being translated: its locals and their static types. */
export class FunctionScope {
  readonly locals = new Map<string, PyType>()
  readonly declared = new Set<string>()

  constructor(
    readonly module: ModuleScope,
    readonly parent?: FunctionScope,
    /** The name of the first parameter of a method (`self`), translated to `this`. */
    readonly self?: string,
    /** `self` names the class itself (a classmethod's `cls`). */
    readonly selfIsClass = false,
  ) {}

  /** The name behave's context has in this function (usually `context`). */
  contextName(): string {
    for (const [name, type] of this.locals) if (type === 'ctx') return name
    return this.parent?.contextName() ?? 'context'
  }

  typeOf(name: string): PyType {
    return this.locals.get(name) ?? this.parent?.typeOf(name) ?? 'any'
  }

  lookup(name: string): Binding | undefined {
    if (this.locals.has(name)) return { kind: 'value' }
    return this.parent ? this.parent.lookup(name) : this.module.names.get(name)
  }
}

const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined'
  ).split(' '),
)

/** A Python identifier as a TypeScript identifier. */
export function safeName(name: string): string {
  return reserved.has(name) ? `${name}_` : name
}
