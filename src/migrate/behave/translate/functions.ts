// One Python function → a TypeScript function body. Statements are translated in order; at the
// first one outside the subset, it and everything after it stay as commented Python followed by
// pending(), so nothing runs out of order and nothing is lost.
import { field, kids, lineOf, type PyNode } from '../python-parser.js'
import { FunctionScope, safeName, type ModuleScope, type PyType } from './scope.js'
import { statement, type BlockState } from './statements.js'
import { Untranslatable } from './untranslatable.js'
import { expr } from './expressions.js'
import type { Translation } from '../../migration.js'

export interface Param {
  name: string
  type: PyType
  /** TypeScript default value. */
  defaultCode?: string
  /** `*args`: a rest parameter. */
  rest?: boolean
}

export interface TranslatedBody {
  /** Body lines, not indented. */
  lines: string[]
  translated: Translation
  todos: string[]
  async: boolean
}

export interface BodyOptions {
  params: Param[]
  /** Names of the source file for TODO messages, e.g. `features/steps/cart.py`. */
  file: string
  /** The first parameter of a method, translated to `this`. */
  self?: string
  /** `self` is the class (a classmethod's `cls`): calling it constructs. */
  selfIsClass?: boolean
}

/** Parameters of a def, after skipping `skip` leading ones (context, self). */
export function pythonParams(node: PyNode, scope: FunctionScope, skip: number): Param[] {
  const params: Param[] = []
  kids(field(node, 'parameters')!).forEach((p, i) => {
    if (i < skip) return
    if (p.type === 'identifier') params.push({ name: p.text, type: 'any' })
    else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter') {
      params.push({ name: field(p, 'name')!.text, type: 'any', defaultCode: expr(field(p, 'value')!, scope).code })
    } else if (p.type === 'typed_parameter') params.push({ name: kids(p)[0]!.text, type: 'any' })
    else if (p.type === 'list_splat_pattern') params.push({ name: kids(p)[0]!.text, type: 'list', rest: true })
    else if (p.type === 'dictionary_splat_pattern') {
      // Translated callers never pass keyword arguments through, so **kwargs is always empty.
      params.push({ name: kids(p)[0]!.text, type: 'dict', defaultCode: '{}' })
    } else throw new Untranslatable(p, `parameter ${p.text} is not translated`)
  })
  return params
}

export function translateBody(
  node: PyNode,
  module: ModuleScope,
  parent: FunctionScope | undefined,
  options: BodyOptions,
): TranslatedBody {
  const scope = new FunctionScope(module, parent, options.self, options.selfIsClass)
  for (const p of options.params) {
    scope.locals.set(p.name, p.type)
    scope.declared.add(p.name)
  }
  const state: BlockState = { scope, depth: 1, hoisted: new Set(), globals: new Set(), awaits: false, nestedFunction }
  const statements = kids(field(node, 'body')!)
  const lines: string[] = []
  const todos: string[] = []
  let done = 0
  for (const s of statements) {
    try {
      lines.push(...statement(s, state))
      done++
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error
      todos.push(`${options.file}:${lineOf(error.node)}: ${error.reason}`)
      break
    }
  }
  const rest = statements.slice(done)
  if (rest.length) {
    module.brineImports.add('pending')
    lines.push('// Not translated from Python:', ...commentedPython(rest), 'pending()')
  }
  const hoisted = [...state.hoisted].filter((n) => !options.params.some((p) => safeName(p.name) === n))
  const translated: Translation =
    rest.length === 0 ? 'fully' : done === 0 || statements.slice(0, done).every(isDocstring) ? 'not' : 'partly'
  return {
    lines: [...(hoisted.length ? [`let ${hoisted.map((n) => `${n}: any`).join(', ')}`] : []), ...lines],
    translated,
    todos,
    async: state.awaits,
  }
}

/** A body kept whole as commented Python plus pending(), for a reason found before translating it. */
export function untranslatedBody(node: PyNode, module: ModuleScope, reason: string, file: string): TranslatedBody {
  module.brineImports.add('pending')
  const statements = kids(field(node, 'body')!)
  return {
    lines: [`// Not translated from Python (${reason}):`, ...commentedPython(statements), 'pending()'],
    translated: 'not',
    todos: [`${file}:${lineOf(node)}: ${reason}`],
    async: false,
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

/** A def inside a function: a nested TypeScript function, or a TODO when it is not translatable. */
function nestedFunction(node: PyNode, state: BlockState): string[] {
  const name = field(node, 'name')!.text
  const params = pythonParams(node, state.scope, 0)
  const body = translateBody(node, state.scope.module, state.scope, { params, file: '' })
  if (body.translated !== 'fully') throw new Untranslatable(node, `nested function ${name} is not fully translatable`)
  state.scope.locals.set(name, 'any')
  state.scope.declared.add(name)
  return [
    `${body.async ? 'async ' : ''}function ${safeName(name)}(${paramList(params)}) {`,
    ...body.lines.map((l) => `  ${l}`),
    '}',
  ]
}

export function paramList(params: Param[]): string {
  return params
    .map((p) =>
      p.rest
        ? `...${safeName(p.name)}: any[]`
        : `${safeName(p.name)}: any${p.defaultCode ? ` = ${p.defaultCode}` : ''}`,
    )
    .join(', ')
}
