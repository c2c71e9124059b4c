// One Python function → a TypeScript parameter list and body. Statements are translated in order;
// at the first one outside the subset (or whose translation the module check found invalid: see
// ModuleScope.stops), it and everything after it stay as commented Python followed by pending(), so
// nothing runs out of order and nothing is lost.
import type { Translation } from '../../migration.js'
import { field, kids, lineOf, type PyNode } from '../python-parser.js'
import { expr } from './expressions.js'
import { FunctionScope, safeName, type ModuleScope, type PyType } from './scope.js'
import { emitParameters, readSignature, type Signature } from './signature.js'
import { statement, type BlockState } from './statements.js'
import { Untranslatable } from './untranslatable.js'

export interface FunctionOptions {
  /** Leading parameters that are not passed (self, cls). */
  skip?: number
  /** The first parameter of a method, translated to `this`. */
  self?: string
  /** `self` is the class (a classmethod's `cls`): calling it constructs. */
  selfIsClass?: boolean
  className?: string
  /** Static types of parameters (behave's context, parse fields). */
  types?: Map<string, PyType>
  /** Keyword arguments arrive at run time (py.bind), whatever the signature. */
  runtime?: boolean
  /** Skipped parameters that are still locals of the body (a step's `context`). */
  leading?: { name: string; type: PyType }[]
  /** Evaluate non-literal defaults once, where the def is (as Python does), into `captured`. */
  captureDefaults?: boolean
  /** Parameters without `: any` (an arrow function whose definer types them). */
  untyped?: boolean
}

export interface TranslatedFunction {
  signature: Signature
  /** The TypeScript parameter list. */
  params: string
  /** Body lines (the py.bind line first, when there is one), not indented. */
  lines: string[]
  /** Defaults evaluated where the function is defined: `const name = code` to emit before it. */
  captured: [string, string][]
  /** For each body line, the Python line of the statement it came from (0: none). */
  sources: number[]
  translated: Translation
  todos: string[]
  async: boolean
  generator: boolean
}

/** Translates a def's parameters and body. */
export function translateFunction(
  node: PyNode,
  module: ModuleScope,
  parent: FunctionScope | undefined,
  options: FunctionOptions = {},
): TranslatedFunction {
  const scope = new FunctionScope(module, parent, options.self, options.selfIsClass, options.className)
  const signature = readSignature(node, options.skip ?? 0, options.runtime)
  for (const p of options.leading ?? []) {
    scope.locals.set(p.name, p.type)
    scope.declared.add(p.name)
  }
  const defaults = new Map<string, string>()
  const captured: [string, string][] = []
  for (const p of signature.params) {
    if (p.defaultNode) {
      const code = expr(p.defaultNode, parent ?? new FunctionScope(module)).code
      if (options.captureDefaults && !isLiteral(p.defaultNode)) {
        const temp = module.temporary('default')
        captured.push([temp, code])
        defaults.set(p.name, temp)
      } else defaults.set(p.name, code)
    }
    const type: PyType =
      p.kind === 'varargs' ? 'list' : p.kind === 'varkw' ? 'dict' : (options.types?.get(p.name) ?? 'any')
    scope.locals.set(p.name, type)
    scope.declared.add(p.name)
  }
  if (signature.runtime) module.usesBuiltins = true
  const { list, prologue } = emitParameters(signature, defaults, !options.untyped)
  const generator = isGenerator(node)
  const params = new Set([...signature.params, ...(options.leading ?? [])].map((p) => safeName(p.name)))
  const body = translateBody(node, scope, generator, params)
  return {
    signature,
    params: list,
    lines: [...prologue, ...body.lines],
    captured,
    sources: [...prologue.map(() => 0), ...body.sources],
    translated: body.translated,
    todos: body.todos,
    async: body.async,
    generator,
  }
}

const LITERALS = new Set(['integer', 'float', 'string', 'true', 'false', 'none'])
/** A default Python and JavaScript evaluate alike whenever they do. */
export const isLiteral = (node: PyNode): boolean =>
  LITERALS.has(node.type) || (node.type === 'unary_operator' && LITERALS.has(kids(node)[0]?.type ?? ''))

/** Whether a def's own body (not nested defs, lambdas or classes) yields. */
function isGenerator(node: PyNode): boolean {
  const walk = (n: PyNode): boolean =>
    n.type === 'yield' ||
    kids(n).some((c) => !['function_definition', 'lambda', 'class_definition'].includes(c.type) && walk(c))
  return walk(field(node, 'body')!)
}

interface Body {
  lines: string[]
  sources: number[]
  translated: Translation
  todos: string[]
  async: boolean
}

function translateBody(node: PyNode, scope: FunctionScope, generator: boolean, params: Set<string>): Body {
  const module = scope.module
  const state: BlockState = {
    scope,
    depth: 1,
    hoisted: new Set(),
    globals: new Set(),
    awaits: false,
    generator,
    loops: [],
    nestedFunction,
  }
  const statements = kids(field(node, 'body')!)
  for (const name of assignedTwice(field(node, 'body')!)) scope.reassigned.add(name)
  const lines: string[] = []
  const sources: number[] = []
  const todos: string[] = []
  let done = 0
  let skipped = false
  for (const s of statements) {
    try {
      const stop = module.stops.get(lineOf(s))
      if (stop) throw new Untranslatable(s, stop)
      const out = statement(s, state)
      lines.push(...out)
      sources.push(...out.map(() => lineOf(s)))
      done++
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error
      todos.push(`${module.file}:${lineOf(error.node)}: ${error.reason}`)
      if (!error.skipOnly) break
      const kept = [`// Left out (${error.reason}):`, ...commentedPython([s])]
      lines.push(...kept)
      sources.push(...kept.map(() => lineOf(s)))
      done++
      skipped = true
    }
  }
  const rest = statements.slice(done)
  if (rest.length) {
    module.brineImports.add('pending')
    const commented = ['// Not translated from Python:', ...commentedPython(rest), 'pending()']
    lines.push(...commented)
    sources.push(...commented.map(() => lineOf(rest[0]!)))
  }
  const hoisted = [...state.hoisted].filter((n) => !params.has(n))
  const translated: Translation =
    rest.length === 0 && !skipped
      ? 'fully'
      : done === 0 || statements.slice(0, done).every(isDocstring)
        ? 'not'
        : 'partly'
  const head = hoisted.length ? [`let ${hoisted.map((n) => `${n}: any`).join(', ')}`] : []
  return {
    lines: [...head, ...lines],
    sources: [...head.map(() => 0), ...sources],
    translated,
    todos,
    async: state.awaits,
  }
}

const isDocstring = (s: PyNode) => s.type === 'expression_statement' && kids(s)[0]?.type === 'string'

/** Statements as `// ` comment lines, indentation kept relative to the first. */
export function commentedPython(statements: PyNode[]): string[] {
  const first = statements[0]!
  const column = first.startPosition.column
  const source = first.tree.rootNode.text.split('\n')
  const from = first.startPosition.row
  const to = statements.at(-1)!.endPosition.row
  return source
    .slice(from, to + 1)
    .map((line) => `// ${line.slice(Math.min(column, line.length - line.trimStart().length))}`.trimEnd())
}

/** A def inside a function: a nested TypeScript function (partly translated, if need be). */
function nestedFunction(node: PyNode, state: BlockState): string[] {
  const name = field(node, 'name')!.text
  state.scope.locals.set(name, 'fn')
  const fresh = !state.scope.declared.has(name)
  state.scope.declared.add(name)
  const fn = translateFunction(node, state.scope.module, state.scope, {
    runtime: state.scope.module.project?.runtimeNames.has(name),
    captureDefaults: true,
  })
  state.scope.module.todos.push(...fn.todos)
  const head = `${fn.async ? 'async ' : ''}function${fn.generator ? '*' : ''} ${safeName(name)}(${fn.params}) {`
  const lines = [head, ...fn.lines.map((l) => `  ${l}`), '}']
  const defaults = fn.captured.map(([temp, code]) => `const ${temp} = ${code}`)
  // A def that rebinds an existing local becomes an assignment of a function expression.
  if (!fresh) return [...defaults, `${safeName(name)} = ${lines[0]}`, ...lines.slice(1)]
  return [...defaults, ...lines]
}

/** A body kept whole as commented Python plus pending(), for a reason found before translating it. */
export function untranslatedBody(
  node: PyNode,
  module: ModuleScope,
  reason: string,
): { lines: string[]; todos: string[] } {
  module.brineImports.add('pending')
  const statements = kids(field(node, 'body')!)
  return {
    lines: [`// Not translated from Python (${reason}):`, ...commentedPython(statements), 'pending()'],
    todos: [`${module.file}:${lineOf(node)}: ${reason}`],
  }
}

/** Names a body assigns more than once (its own assignments, not nested functions'). */
function assignedTwice(body: PyNode): string[] {
  const seen = new Map<string, number>()
  const walk = (n: PyNode) => {
    if (['function_definition', 'class_definition', 'lambda'].includes(n.type)) return
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      const left = field(n, 'left')!
      const names =
        left.type === 'identifier'
          ? [left]
          : left.descendantsOfType('identifier').filter((x): x is PyNode => x !== null)
      for (const id of names) seen.set(id.text, (seen.get(id.text) ?? 0) + (n.type === 'augmented_assignment' ? 2 : 1))
    }
    for (const k of kids(n)) walk(k)
  }
  walk(body)
  return [...seen].filter(([, n]) => n > 1).map(([name]) => name)
}
