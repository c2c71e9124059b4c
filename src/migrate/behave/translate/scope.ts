// What the translator knows while it writes one module: the names Python code can see (and what
// each is), the Python built-ins and library modules the output uses, and the TODOs collected.
import type { ProjectIndex } from '../project-index.js'
import type { Signature } from './signature.js'

/** How a class member is reached: on instances, on the class (static/class method), or as a property. */
export type MemberKind = 'method' | 'static' | 'classmethod' | 'property' | 'attribute'

/** What a name the Python code refers to stands for. */
export type Binding =
  | { kind: 'function'; signature: Signature }
  | { kind: 'class'; init?: Signature; members: Map<string, MemberKind> }
  /** A translated project module, imported as a namespace. */
  | { kind: 'module'; exports: Map<string, Binding> }
  | { kind: 'value' }
  /** A brine/python module or one of its members: `code` is how the output reaches it (py.os.path). */
  | { kind: 'library'; code: string; isClass?: boolean; isModule?: boolean; python?: string }
  /** behave's, parse's and parse_type's own names, replaced by brine/behave's. */
  | { kind: 'external'; module: string }

/** Static type guesses are only ever used where they cannot change behaviour for valid Python. */
/** `ctx` is behave's context; `fn` a function defined in the code being translated. */
export type PyType = 'num' | 'str' | 'bool' | 'list' | 'dict' | 'set' | 'none' | 'ctx' | 'fn' | 'any'

export class ModuleScope {
  readonly names = new Map<string, Binding>()
  /** Module-level names bound once to a string literal: step patterns may name them. */
  readonly constants = new Map<string, string>()
  /** Whether the output uses brine/python (imported as `py`). */
  usesBuiltins = false
  readonly todos: string[] = []
  /** Uses of `expect` from vitest. */
  usesExpect = false
  /** Names the output imports from 'brine/behave' and from 'brine'. */
  readonly behaveImports = new Set<string>()
  readonly brineImports = new Set<string>()
  /** Library names the module's code uses: alias → `const alias = code` at the top. */
  readonly libraryUses = new Map<string, string>()
  /** Imports inside functions, by the statement's position: the assignments that bind their names. */
  readonly localImports = new Map<number, { code: string[]; names: string[] }>()
  /** Step functions: module-level names in Python, registrations (not variables) here. */
  readonly stepFunctions = new Set<string>()
  /** `import a.b.c` of project modules: the dotted name → the namespace it was imported as. */
  readonly dottedModules = new Map<string, string>()
  /** Library modules imported with `*`: their names are looked up when the code uses one. */
  readonly wildcards: { member(name: string): { code: string; isClass: boolean; isModule: boolean } | undefined }[] = []
  /**
   * Python lines whose statement must stay untranslated, and why: set when an earlier attempt's
   * output did not parse or load, so the next attempt falls back there.
   */
  readonly stops = new Map<number, string>()
  /** Counter for temporaries (`__with1`, `__v2`…). */
  private temporaries = 0

  constructor(
    /** Project-wide facts (keyword-called names, patch targets), when translating a whole project. */
    readonly project?: ProjectIndex,
    /** The Python file, for TODOs and placeholders. */
    readonly file = '',
  ) {}

  builtin(name: string): string {
    this.usesBuiltins = true
    return `py.${name}`
  }

  temporary(prefix: string): string {
    return `__${prefix}${++this.temporaries}`
  }

  todo(line: number, reason: string): void {
    this.todos.push(`${this.file}:${line}: ${reason}`)
  }
}

/** A function (or module top level) being translated: its locals and their static types. */
export class FunctionScope {
  readonly locals = new Map<string, PyType>()
  readonly declared = new Set<string>()
  /** Names the function assigns more than once: declared `any`, as their type may change. */
  readonly reassigned = new Set<string>()

  constructor(
    readonly module: ModuleScope,
    readonly parent?: FunctionScope,
    /** The name of the first parameter of a method (`self`), translated to `this`. */
    readonly self?: string,
    /** `self` names the class itself (a classmethod's `cls`). */
    readonly selfIsClass = false,
    /** The class whose method this is, for super() and unbound calls. */
    readonly className?: string,
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

  /** Whether a name is a local (or parameter) of this function or an enclosing one. */
  isLocal(name: string): boolean {
    return this.locals.has(name) || (this.parent?.isLocal(name) ?? false)
  }

  /** The class a method belongs to, looking outwards. */
  enclosingClass(): string | undefined {
    return this.className ?? this.parent?.enclosingClass()
  }
}

const reserved = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined ' +
    // Names the output itself uses: the brine/python namespace, Vitest's expect, globals it calls.
    'py expect pending fixture NaN Infinity Object Array Symbol Promise Error Map Set JSON Math Number String'
  ).split(' '),
)

/** A Python identifier as a TypeScript identifier (never one the output needs for itself). */
export function safeName(name: string): string {
  return reserved.has(name) ? `${name}_` : name
}
