// Python statements → TypeScript lines: assignments, if/for/while, return, nested defs (assert,
// raise and try are in exceptions.ts). A construct outside the subset throws Untranslatable; the caller decides what
// stays as commented Python.
import { field, kids, type PyNode } from '../python-parser.js'
import { stringValue } from '../python-string.js'
import { pattern } from './collections.js'
import { condition, expr, operand } from './expressions.js'
import { safeName, type FunctionScope } from './scope.js'
import { assertion, raise, tryStatement } from './exceptions.js'
import { fail } from './untranslatable.js'

export interface BlockState {
  scope: FunctionScope
  /** Nesting depth inside the function body (0 = its top level). */
  depth: number
  /** Locals first assigned inside a nested block: declared at the top of the function. */
  hoisted: Set<string>
  /** Names declared `global`: assigned as module variables. */
  globals: Set<string>
  /** Set when the translation awaits something, so the function must be async. */
  awaits: boolean
  /** Translates a nested def (supplied by functions.ts, which depends on this module). */
  nestedFunction: (node: PyNode, state: BlockState) => string[]
}

export const indent = (lines: string[]) => lines.map((l) => (l ? `  ${l}` : l))

export function block(node: PyNode, state: BlockState): string[] {
  const inner = { ...state, depth: state.depth + 1 }
  const lines = kids(node).flatMap((s) => statement(s, inner))
  state.awaits ||= inner.awaits
  return indent(lines)
}

export function statement(node: PyNode, state: BlockState): string[] {
  const { scope } = state
  switch (node.type) {
    case 'expression_statement':
      return expressionStatement(node, state)
    case 'pass_statement':
      return []
    case 'return_statement': {
      const value = kids(node)[0]
      return [value ? `return ${code(value, state)}` : 'return']
    }
    case 'break_statement':
      return ['break']
    case 'continue_statement':
      return ['continue']
    case 'if_statement':
      return ifStatement(node, state)
    case 'for_statement': {
      if (field(node, 'alternative')) return fail(node, 'for … else is not translated')
      const source = expr(field(node, 'right')!, scope)
      const iterable = source.type === 'list' ? source.code : `${scope.module.builtin('iter')}(${source.code})`
      const target = field(node, 'left')!
      const fresh = target.type === 'identifier' && !scope.declared.has(target.text)
      const binding = pattern(target, scope)
      return [
        `for (${fresh || target.type !== 'identifier' ? 'const ' : ''}${binding} of ${iterable}) {`,
        ...block(field(node, 'body')!, state),
        '}',
      ]
    }
    case 'while_statement':
      if (field(node, 'alternative')) return fail(node, 'while … else is not translated')
      return [
        `while (${condition(field(node, 'condition')!, scope).code}) {`,
        ...block(field(node, 'body')!, state),
        '}',
      ]
    case 'assert_statement':
      return [assertion(node, state)]
    case 'raise_statement':
      return [raise(node, state)]
    case 'try_statement':
      return tryStatement(node, state)
    case 'global_statement':
      for (const name of kids(node)) state.globals.add(name.text)
      return []
    case 'function_definition':
      return state.nestedFunction(node, state)
    default:
      return fail(node, `${node.type.replace(/_/g, ' ')} is not translated`)
  }
}

export function code(node: PyNode, state: BlockState): string {
  const e = expr(node, state.scope)
  if (e.code.includes('await ')) state.awaits = true
  return e.code
}

function expressionStatement(node: PyNode, state: BlockState): string[] {
  const inner = kids(node)[0]!
  if (inner.type === 'assignment') return assignment(inner, state)
  if (inner.type === 'augmented_assignment') return augmented(inner, state)
  const docstring = stringValue(inner)
  if (docstring !== undefined) return docstring.split('\n').map((l) => `// ${l.trim()}`.trimEnd())
  return [code(inner, state)]
}

function assignment(node: PyNode, state: BlockState): string[] {
  const left = field(node, 'left')!
  const right = field(node, 'right')
  if (!right) return fail(node, 'annotations without a value are not translated')
  if (right.type === 'assignment') return fail(node, 'chained assignment is not translated')
  const value = code(right, state)
  return [`${target(left, state, expr(right, state.scope).type)} = ${value}`]
}

/** The left side of an assignment; declares a new local with `let` (or hoists it). */
function target(node: PyNode, state: BlockState, type: ReturnType<typeof expr>['type']): string {
  const { scope } = state
  if (node.type === 'identifier') {
    const name = node.text
    if (state.globals.has(name) || scope.declared.has(name)) {
      if (scope.locals.get(name) !== type) scope.locals.set(name, 'any')
      return safeName(name)
    }
    scope.declared.add(name)
    scope.locals.set(name, type)
    if (state.depth > 1) {
      state.hoisted.add(safeName(name))
      return safeName(name)
    }
    return `let ${safeName(name)}`
  }
  if (node.type === 'attribute') return expr(node, scope).code
  if (node.type === 'subscript') return subscriptTarget(node, state)
  if (node.type === 'pattern_list' || node.type === 'tuple_pattern' || node.type === 'list_pattern') {
    const names = kids(node)
    if (names.some((n) => n.type !== 'identifier')) return fail(node, 'unpacking into attributes is not translated')
    const fresh = names.every((n) => !scope.declared.has(n.text) && !state.globals.has(n.text))
    const old = names.every((n) => scope.declared.has(n.text) || state.globals.has(n.text))
    if (!fresh && !old) return fail(node, 'unpacking into a mix of new and existing names is not translated')
    for (const n of names) {
      scope.declared.add(n.text)
      scope.locals.set(n.text, 'any')
      if (fresh && state.depth > 1) state.hoisted.add(safeName(n.text))
    }
    const list = `[${names.map((n) => safeName(n.text)).join(', ')}]`
    return fresh && state.depth <= 1 ? `let ${list}` : list
  }
  return fail(node, `assignment to ${node.type} is not translated`)
}

/** `obj[key]` as an assignment target. */
function subscriptTarget(node: PyNode, state: BlockState): string {
  const object = expr(field(node, 'value')!, state.scope)
  const index = kids(node).slice(1)
  if (index.length !== 1 || index[0]!.type === 'slice') return fail(node, 'slice assignment is not translated')
  return `${operand(object)}[${expr(index[0]!, state.scope).code}]`
}

function augmented(node: PyNode, state: BlockState): string[] {
  const op = field(node, 'operator')!.text
  const target = field(node, 'left')!
  if (target.type === 'identifier' && !state.scope.declared.has(target.text) && !state.globals.has(target.text)) {
    return fail(node, `"${target.text}" is augmented before it is assigned in this function`)
  }
  const left = expr(target, state.scope)
  const right = expr(field(node, 'right')!, state.scope)
  const py = (name: string) => state.scope.module.builtin(name)
  const simple = left.type === 'num' || right.type === 'num' || left.type === 'str' || right.type === 'str'
  // A subscript is read with Python's KeyError/IndexError and written with plain indexing.
  const lhs = target.type === 'subscript' ? subscriptTarget(target, state) : left.code
  const read = left.code
  const r = operand(right)
  switch (op) {
    case '+=':
      if (left.type === 'list') return [`${operand(left)}.push(...${py('list')}(${right.code}))`]
      if (simple && lhs === read) return [`${lhs} += ${r}`]
      return [`${lhs} = ${simple ? `${operand(left)} + ${r}` : `${py('add')}(${read}, ${right.code})`}`]
    case '-=':
      return [lhs === read ? `${lhs} -= ${r}` : `${lhs} = ${operand(left)} - ${r}`]
    case '**=':
      return [`${lhs} = ${operand(left)} ** ${r}`]
    case '*=':
      return [
        `${lhs} = ${left.type === 'num' && right.type === 'num' ? `${operand(left)} * ${r}` : `${py('mul')}(${read}, ${right.code})`}`,
      ]
    case '/=':
      return [`${lhs} = ${py('div')}(${read}, ${right.code})`]
    case '//=':
      return [`${lhs} = ${py('floordiv')}(${read}, ${right.code})`]
    case '%=':
      return [`${lhs} = ${py('mod')}(${read}, ${right.code})`]
    default:
      return fail(node, `${op} is not translated`)
  }
}

function ifStatement(node: PyNode, state: BlockState): string[] {
  const lines = [
    `if (${condition(field(node, 'condition')!, state.scope).code}) {`,
    ...block(field(node, 'consequence')!, state),
  ]
  for (const alt of node.childrenForFieldName('alternative')) {
    if (!alt) continue
    if (alt.type === 'elif_clause') {
      lines.push(
        `} else if (${condition(field(alt, 'condition')!, state.scope).code}) {`,
        ...block(field(alt, 'consequence')!, state),
      )
    } else lines.push('} else {', ...block(field(alt, 'body')!, state))
  }
  return [...lines, '}']
}
