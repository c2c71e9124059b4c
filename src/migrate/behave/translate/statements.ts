// Python statements → TypeScript lines: assignments (chained, unpacking, subscripts), if/for/while
// (with else), with, del, return, nested defs (assert, raise and try are in exceptions.ts). A
// construct outside the subset throws Untranslatable; the caller decides what stays as commented Python.
import { field, kids, type PyNode } from '../python-parser.js'
import { stringValue } from '../python-string.js'
import { pattern } from './collections.js'
import { condition, expr, OBJECT_MODEL, operand, type Expr } from './expressions.js'
import { safeName, type FunctionScope, type PyType } from './scope.js'
import { assertion, raise, tryStatement } from './exceptions.js'
import { fail } from './untranslatable.js'
import { withStatement } from './with-statement.js'
import { deleteStatement } from './delete.js'
import { translateClass } from './classes.js'
import { readDecorators } from '../step-decorators.js'
import { decoratedLines } from './decorated.js'
import { quote } from './quote.js'

export interface BlockState {
  scope: FunctionScope
  /** Nesting depth inside the function body (1 = its top level). */
  depth: number
  /** Locals first assigned inside a nested block: declared at the top of the function. */
  hoisted: Set<string>
  /** Names declared `global` (or `nonlocal`): assigned, never declared here. */
  globals: Set<string>
  /** Set when the translation awaits something, so the function must be async. */
  awaits: boolean
  /** The function yields: `yield` is allowed. */
  generator: boolean
  /** Enclosing loops, innermost last: the flag a `break` sets when the loop has an else clause. */
  loops: (string | undefined)[]
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

/** A statement line that starts with `[`, `(` or a template would continue the previous line. */
const guard = (line: string) => (/^[[(`]/.test(line) ? `;${line}` : line)

export function statement(node: PyNode, state: BlockState): string[] {
  const { scope } = state
  switch (node.type) {
    case 'expression_statement':
      return expressionStatement(node, state).map(guard)
    case 'pass_statement':
      return []
    case 'return_statement': {
      const value = kids(node)[0]
      return [value ? `return ${code(value, state)}` : 'return']
    }
    case 'break_statement': {
      const flag = state.loops.at(-1)
      return flag ? [`${flag} = true`, 'break'] : ['break']
    }
    case 'continue_statement':
      return ['continue']
    case 'if_statement':
      return ifStatement(node, state)
    case 'for_statement':
      return forStatement(node, state)
    case 'while_statement':
      return loop(node, state, (body) => [
        `while (${condition(field(node, 'condition')!, scope).code}) {`,
        ...body,
        '}',
      ])
    case 'assert_statement':
      return [assertion(node, state)]
    case 'raise_statement':
      return [raise(node, state)]
    case 'try_statement':
      return tryStatement(node, state)
    case 'with_statement':
      return withStatement(node, state)
    case 'delete_statement':
      return deleteStatement(node, state)
    case 'global_statement':
    case 'nonlocal_statement':
      for (const name of kids(node)) {
        state.globals.add(name.text)
        scope.declared.add(name.text)
      }
      return []
    case 'function_definition':
      return state.nestedFunction(node, state)
    case 'class_definition':
      return localClass(node, state)
    case 'decorated_definition':
      return decoratedLocal(node, state)
    case 'import_statement':
    case 'import_from_statement': {
      const local = scope.module.localImports.get(node.startIndex)
      if (!local) return fail(node, 'this import is not translated')
      return local.code.map((line, i) => {
        const name = local.names[i]!
        return declare(name, state, 'any') + line.slice(safeName(name).length)
      })
    }
    default:
      return fail(node, `${node.type.replace(/_/g, ' ')} is not translated`)
  }
}

/**
 * A decorated def or class inside a function: `name = deco(definition)`, bound where Python binds
 * it, the decorator nearest the definition applied first. behave's own decorators register steps
 * and fixtures at import, which a function body does not do: those stay untranslated.
 */
function decoratedLocal(node: PyNode, state: BlockState): string[] {
  const info = readDecorators(node, state.scope.module, true)
  if (info.steps.length || info.fixture || info.withPattern !== undefined)
    return fail(node, "behave's decorators inside a function are not translated")
  const def = field(node, 'definition')!
  const name = field(def, 'name')!.text
  const safe = safeName(name)
  const fresh = isNew(name, state)
  const lines = def.type === 'class_definition' ? localClass(def, state) : state.nestedFunction(def, state)
  state.scope.locals.set(name, 'any')
  // The definition's first line: a nested def may put its captured defaults before it.
  const at = lines.findIndex((l) => l.startsWith(`${safe} = `) || /^(?:async )?(?:function\*? |class )/.test(l))
  const head = lines[at]!.startsWith(`${safe} = `) ? lines[at]!.slice(safe.length + 3) : lines[at]!
  let target = safe
  if (fresh && state.depth <= 1) target = `let ${safe}: any`
  else if (fresh) state.hoisted.add(safe)
  const decorators = info.others.map((d) => code(d, state))
  const value = decoratedLines(name, [head, ...lines.slice(at + 1)], decorators, state.scope.module.builtin('named'))
  return [...lines.slice(0, at), `${target} = ${value[0]}`, ...value.slice(1)]
}

/** A class defined inside a function: a local class (its todos join the module's). */
function localClass(node: PyNode, state: BlockState): string[] {
  const name = field(node, 'name')!.text
  const result = translateClass(node, state.scope.module, state.scope, false)
  state.scope.module.todos.push(...result.todos)
  const fresh = isNew(name, state)
  state.scope.locals.set(name, 'any')
  state.scope.declared.add(name)
  if (fresh && state.depth <= 1) return result.lines
  if (fresh) state.hoisted.add(safeName(name))
  return [`${safeName(name)} = ${result.lines[0]}`, ...result.lines.slice(1)]
}

export function code(node: PyNode, state: BlockState): string {
  const e = expr(node, state.scope)
  if (/\bawait\b/.test(e.code)) state.awaits = true
  if (!state.generator && (node.type === 'yield' || node.descendantsOfType('yield').length))
    fail(node, 'yield outside a generator is not translated')
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
  const targets: PyNode[] = [field(node, 'left')!]
  let right = field(node, 'right')
  // a = b = value: every target gets the same value.
  while (right?.type === 'assignment') {
    targets.push(field(right, 'left')!)
    right = field(right, 'right')
  }
  if (!right) {
    // `name: int` declares nothing at run time.
    return []
  }
  const value = expr(right, state.scope)
  if (/\bawait\b/.test(value.code)) state.awaits = true
  const literal = ['tuple', 'list', 'expression_list'].includes(right.type)
  if (targets.length === 1) return [assign(targets[0]!, value, literal, state)]
  const temp = state.scope.module.temporary('v')
  return [
    `const ${temp} = ${value.code}`,
    ...targets.map((t) => assign(t, { code: temp, type: value.type, atomic: true }, false, state)),
  ]
}

/** `target = code` for a value of unknown type (a with statement's `as` target). */
export function assignTarget(target: PyNode, code: string, state: BlockState): string {
  return guard(assign(target, { code, type: 'any', atomic: true }, false, state))
}

/** One assignment `target = value`, declaring a new local with `let` (or hoisting it). */
function assign(target: PyNode, value: Expr, literal: boolean, state: BlockState): string {
  const { scope } = state
  switch (target.type) {
    case 'identifier':
      return `${declare(target.text, state, value.type)} = ${value.code}`
    case 'attribute': {
      // An object-model attribute reads through getattr(), so it is written through setattr().
      const name = field(target, 'attribute')!.text
      if (OBJECT_MODEL.has(name)) {
        const object = expr(field(target, 'object')!, scope).code
        return `${scope.module.builtin('setattr')}(${object}, ${quote(name)}, ${value.code})`
      }
      return `${expr(target, scope).code} = ${value.code}`
    }
    case 'subscript':
      return subscriptAssign(target, value.code, state)
    case 'pattern_list':
    case 'tuple_pattern':
    case 'list_pattern':
    case 'tuple':
    case 'list':
    case 'parenthesized_expression': {
      const names = unpackTargets(target)
      const fresh = names.every((n) => n.type === 'identifier' && isNew(n.text, state))
      const binding = destructure(target, state, fresh && state.depth <= 1)
      const source =
        literal && !hasStar(target)
          ? value.code
          : `${scope.module.builtin('unpack')}(${value.code}, ${countOf(target)})`
      return fresh && state.depth <= 1 ? `let ${binding} = ${source}` : `${binding} = ${source}`
    }
    default:
      return fail(target, `assignment to ${target.type.replace(/_/g, ' ')} is not translated`)
  }
}

function isNew(name: string, state: BlockState): boolean {
  return !state.scope.declared.has(name) && !state.globals.has(name)
}

/** A name on the left of `=`: `let name` the first time at the function's top level, else hoisted. */
function declare(name: string, state: BlockState, type: PyType, hoist = false): string {
  const { scope } = state
  if (!isNew(name, state)) {
    if (scope.locals.get(name) !== type) scope.locals.set(name, 'any')
    return safeName(name)
  }
  scope.declared.add(name)
  scope.locals.set(name, type)
  if (state.depth > 1 || hoist) {
    state.hoisted.add(safeName(name))
    return safeName(name)
  }
  return `let ${safeName(name)}${scope.reassigned.has(name) ? ': any' : ''}`
}

function unpackTargets(node: PyNode): PyNode[] {
  if (node.type === 'parenthesized_expression') return unpackTargets(kids(node)[0]!)
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list'].includes(node.type))
    return kids(node).flatMap(unpackTargets)
  if (node.type === 'list_splat_pattern' || node.type === 'list_splat') return unpackTargets(kids(node)[0]!)
  return [node]
}

const hasStar = (node: PyNode): boolean =>
  node.type !== 'identifier' &&
  (node.type === 'parenthesized_expression' ? kids(kids(node)[0]!) : kids(node)).some(
    (n) => n.type === 'list_splat_pattern' || n.type === 'list_splat',
  )

/** How many values a target list takes, and where its starred one is: `2` or `[3, 1]`. */
function countOf(node: PyNode): string {
  const items = node.type === 'parenthesized_expression' ? kids(kids(node)[0]!) : kids(node)
  const star = items.findIndex((n) => n.type === 'list_splat_pattern' || n.type === 'list_splat')
  return star < 0 ? String(items.length) : `[${items.length}, ${star}]`
}

/** A target list as a destructuring pattern; new names are declared (or hoisted). */
function destructure(node: PyNode, state: BlockState, declaring: boolean): string {
  if (node.type === 'parenthesized_expression') return destructure(kids(node)[0]!, state, declaring)
  if (['pattern_list', 'tuple_pattern', 'list_pattern', 'tuple', 'list'].includes(node.type)) {
    return `[${kids(node)
      .map((n) => destructure(n, state, declaring))
      .join(', ')}]`
  }
  // py.unpack gives a starred target its list as one item.
  if (node.type === 'list_splat_pattern' || node.type === 'list_splat')
    return destructure(kids(node)[0]!, state, declaring)
  if (node.type === 'identifier') {
    // A name in a pattern is declared by `let [a, b] = …`, or hoisted when the pattern is assigned.
    const declared = declare(node.text, state, 'any', !declaring)
    return declared.replace(/^let /, '').replace(/: any$/, '')
  }
  if (node.type === 'attribute') return expr(node, state.scope).code
  if (node.type === 'subscript') {
    const object = expr(field(node, 'value')!, state.scope)
    const index = kids(node).slice(1)
    if (index.length === 1 && index[0]!.type !== 'slice')
      return `${operand(object)}[${expr(index[0]!, state.scope).code}]`
  }
  return fail(node, `unpacking into ${node.type.replace(/_/g, ' ')} is not translated`)
}

/** `obj[key] = value`, `obj[a:b] = values`. */
function subscriptAssign(node: PyNode, value: string, state: BlockState): string {
  const py = (name: string) => state.scope.module.builtin(name)
  const object = expr(field(node, 'value')!, state.scope)
  const index = node.childrenForFieldName('subscript').filter((n): n is PyNode => n !== null)
  if (index.length === 1 && index[0]!.type === 'slice') {
    const [start, stop] = sliceParts(index[0]!, state)
    return `${py('setslice')}(${object.code}, ${start}, ${stop}, ${value})`
  }
  const key =
    index.length === 1
      ? expr(index[0]!, state.scope).code
      : `[${index.map((i) => expr(i, state.scope).code).join(', ')}]`
  return `${py('setitem')}(${object.code}, ${key}, ${value})`
}

export function sliceParts(node: PyNode, state: BlockState): string[] {
  const parts: (PyNode | undefined)[] = [undefined]
  for (const child of node.children) {
    if (!child) continue
    if (child.type === ':') parts.push(undefined)
    else parts[parts.length - 1] = child
  }
  return [0, 1, 2].map((i) => (parts[i] ? expr(parts[i]!, state.scope).code : 'null'))
}

function augmented(node: PyNode, state: BlockState): string[] {
  const op = field(node, 'operator')!.text.slice(0, -1)
  const target = field(node, 'left')!
  if (target.type === 'identifier' && isNew(target.text, state) && !state.scope.isLocal(target.text)) {
    return fail(node, `"${target.text}" is augmented before it is assigned in this function`)
  }
  const left = expr(target, state.scope)
  const right = expr(field(node, 'right')!, state.scope)
  const py = (name: string) => state.scope.module.builtin(name)
  const both = (t: PyType) => left.type === t && right.type === t
  const r = operand(right)
  let value: string
  const plain = both('num') || (op === '+' && both('str'))
  if (plain && ['+', '-', '*', '**'].includes(op) && target.type !== 'subscript') return [`${left.code} ${op}= ${r}`]
  switch (op) {
    case '+':
      // += extends a list in place, as Python's does (other names for the list see it).
      value = plain ? `${operand(left)} + ${r}` : `${py('iadd')}(${left.code}, ${right.code})`
      break
    case '-':
      value = both('num') ? `${operand(left)} - ${r}` : `${py('sub')}(${left.code}, ${right.code})`
      break
    case '*':
      value = both('num') ? `${operand(left)} * ${r}` : `${py('mul')}(${left.code}, ${right.code})`
      break
    case '/':
      value = `${py('div')}(${left.code}, ${right.code})`
      break
    case '//':
      value = `${py('floordiv')}(${left.code}, ${right.code})`
      break
    case '%':
      value = `${py('mod')}(${left.code}, ${right.code})`
      break
    case '**':
      value = `${py('pow')}(${left.code}, ${right.code})`
      break
    case '|':
      value = `${py('bitor')}(${left.code}, ${right.code})`
      break
    case '&':
      value = `${py('bitand')}(${left.code}, ${right.code})`
      break
    case '^':
      value = `${py('bitxor')}(${left.code}, ${right.code})`
      break
    case '<<':
    case '>>':
      value = `${operand(left)} ${op} ${r}`
      break
    default:
      return fail(node, `${op}= is not translated`)
  }
  if (target.type === 'subscript') return [subscriptAssign(target, value, state)]
  if (target.type === 'identifier') return [`${safeName(target.text)} = ${value}`]
  return [`${left.code} = ${value}`]
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

function forStatement(node: PyNode, state: BlockState): string[] {
  const { scope } = state
  const source = expr(field(node, 'right')!, scope)
  const iterable = source.type === 'list' ? source.code : `${scope.module.builtin('iter')}(${source.code})`
  const target = field(node, 'left')!
  const awaited = node.children.some((c) => c?.type === 'async')
  if (awaited) state.awaits = true
  // The loop variable outlives the loop in Python: a name used before or after is hoisted.
  const leaves = unpackTargets(target)
  const simple =
    !hasStar(target) &&
    leaves.every((n) => n.type === 'identifier' && isNew(n.text, state) && !usedOutside(node, n.text))
  let binding: string
  if (simple) {
    for (const n of leaves) scope.declared.add(n.text)
    // A loop variable the body assigns again is `let`.
    const reassigned = leaves.some((n) => assignedIn(field(node, 'body')!, n.text))
    binding = `${reassigned ? 'let' : 'const'} ${pattern(target, scope)}`
  } else {
    const loopVar = scope.module.temporary('item')
    const unpacked = target.type !== 'identifier' && target.type !== 'attribute' && target.type !== 'subscript'
    const source = unpacked ? `${scope.module.builtin('unpack')}(${loopVar}, ${countOf(target)})` : loopVar
    const assignLine = `${destructure(target, state, false)} = ${source}`
    return loop(node, state, (body) => [
      `for ${awaited ? 'await ' : ''}(const ${loopVar} of ${iterable}) {`,
      `  ${guard(assignLine)}`,
      ...body,
      '}',
    ])
  }
  return loop(node, state, (body) => [`for ${awaited ? 'await ' : ''}(${binding} of ${iterable}) {`, ...body, '}'])
}

/** Whether a block assigns a name (=, +=, a for target, a with target). */
function assignedIn(node: PyNode, name: string): boolean {
  const targets = [...node.descendantsOfType('assignment'), ...node.descendantsOfType('augmented_assignment')]
    .filter((n): n is PyNode => n !== null)
    .map((n) => field(n, 'left')!)
  return targets.some((t) => t.text === name || unpackTargets(t).some((u) => u.text === name))
}

/** Whether a name is read or written in the function outside this loop. */
function usedOutside(loopNode: PyNode, name: string): boolean {
  let fn: PyNode | null = loopNode.parent
  while (fn && fn.type !== 'function_definition' && fn.type !== 'module') fn = fn.parent
  if (!fn) return false
  return fn
    .descendantsOfType('identifier')
    .some(
      (id) =>
        id !== null && id.text === name && (id.startIndex < loopNode.startIndex || id.startIndex >= loopNode.endIndex),
    )
}

/** A loop, with Python's `else` (run when the loop ends without break) through a flag. */
function loop(node: PyNode, state: BlockState, make: (body: string[]) => string[]): string[] {
  const alternative = field(node, 'alternative')
  const flag = alternative ? state.scope.module.temporary('broke') : undefined
  state.loops.push(flag)
  let lines: string[]
  try {
    lines = make(block(field(node, 'body')!, state))
  } finally {
    state.loops.pop()
  }
  if (!alternative) return lines
  return [`let ${flag} = false`, ...lines, `if (!${flag}) {`, ...block(field(alternative, 'body')!, state), '}']
}
