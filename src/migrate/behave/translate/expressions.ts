// Python expressions → TypeScript. Where JavaScript's operators differ from Python's for the values
// involved (==, +, %, <, truthiness, in, indexing), the output calls brine/python, which follows
// Python (and a project object's dunder methods) at run time; values of known type stay plain.
import { builtinName } from '../library-modules.js'
import { field, kids, type PyNode } from '../python-parser.js'
import { callExpr } from './calls.js'
import { comprehension, dictionary, element, key, lambda } from './collections.js'
import { binary, booleanOp, comparison } from './operators.js'
import { quote } from './quote.js'
import { string } from './strings.js'
import { fail, skip } from './untranslatable.js'
import { FunctionScope, safeName, type Binding, type PyType } from './scope.js'

export interface Expr {
  code: string
  type: PyType
  /** Needs no parentheses as an operand. */
  atomic?: boolean
}

export const atom = (code: string, type: PyType = 'any'): Expr => ({ code, type, atomic: true })
export const compound = (code: string, type: PyType = 'any'): Expr => ({ code, type })

/** The code of an expression, parenthesised unless it is atomic. */
export const operand = (e: Expr): string => (e.atomic ? e.code : `(${e.code})`)

export function expr(node: PyNode, scope: FunctionScope): Expr {
  switch (node.type) {
    case 'identifier':
      return identifier(node, scope)
    case 'true':
      return atom('true', 'bool')
    case 'false':
      return atom('false', 'bool')
    case 'none':
      return atom('null', 'none')
    case 'ellipsis':
      return atom('null', 'none')
    case 'integer':
    case 'float':
      return number(node)
    case 'string':
    case 'concatenated_string':
      return string(node, scope)
    case 'parenthesized_expression':
      return expr(kids(node)[0]!, scope)
    case 'attribute':
      return attribute(node, scope)
    case 'subscript':
      return subscript(node, scope)
    case 'call':
      return callExpr(node, scope)
    case 'binary_operator':
      return binary(node, scope)
    case 'unary_operator': {
      const op = field(node, 'operator')!.text
      const arg = expr(field(node, 'argument')!, scope)
      if (op === '+') return arg
      if (op === '-' && arg.type !== 'num' && arg.type !== 'bool')
        return atom(`${scope.module.builtin('neg')}(${arg.code})`)
      return compound(`${op}${operand(arg)}`, 'num')
    }
    case 'not_operator':
      return compound(`!${operand(condition(field(node, 'argument')!, scope))}`, 'bool')
    case 'boolean_operator':
      return booleanOp(node, scope)
    case 'comparison_operator':
      return comparison(node, scope)
    case 'conditional_expression': {
      const [a, test, b] = kids(node)
      const then = expr(a!, scope)
      const other = expr(b!, scope)
      return compound(
        `${operand(condition(test!, scope))} ? ${operand(then)} : ${operand(other)}`,
        then.type === other.type ? then.type : 'any',
      )
    }
    case 'list':
    case 'tuple':
    case 'expression_list':
      return atom(
        `[${kids(node)
          .map((n) => element(n, scope))
          .join(', ')}]`,
        'list',
      )
    case 'set': {
      const items = kids(node).map((n) => element(n, scope))
      const literal = kids(node).every((n) => ['integer', 'float', 'string', 'true', 'false', 'none'].includes(n.type))
      return atom(
        literal ? `new Set([${items.join(', ')}])` : `${scope.module.builtin('set')}([${items.join(', ')}])`,
        'set',
      )
    }
    case 'dictionary':
      return dictionary(node, scope)
    case 'list_comprehension':
    case 'generator_expression':
      return atom(
        comprehension(node, scope, (body, inner) => expr(body, inner).code),
        'list',
      )
    case 'set_comprehension':
      return atom(
        `${scope.module.builtin('set')}(${comprehension(node, scope, (body, inner) => expr(body, inner).code)})`,
        'set',
      )
    case 'dictionary_comprehension':
      return atom(
        `Object.fromEntries(${comprehension(node, scope, (pair, inner) => `[${key(field(pair, 'key')!, inner)}, ${expr(field(pair, 'value')!, inner).code}]`)})`,
        'dict',
      )
    case 'lambda':
      return lambda(node, scope)
    case 'yield': {
      const value = kids(node)[0]
      if (node.children.some((c) => c?.type === 'from'))
        return compound(`yield* ${scope.module.builtin('iter')}(${expr(value!, scope).code})`)
      return compound(value ? `yield ${expr(value, scope).code}` : 'yield')
    }
    case 'await':
      return compound(`await ${operand(expr(kids(node)[0]!, scope))}`)
    case 'list_splat':
      return atom(`...${scope.module.builtin('iter')}(${expr(kids(node)[0]!, scope).code})`)
    default:
      return fail(node, `${node.type.replace(/_/g, ' ')} is not translated`)
  }
}

/** An expression used as a condition, with Python's truthiness. */
export function condition(node: PyNode, scope: FunctionScope): Expr {
  // Only the truth of `a and b` matters here: each side is tested, with Python's short-circuit.
  if (node.type === 'boolean_operator') {
    const js = field(node, 'operator')!.text === 'and' ? '&&' : '||'
    return compound(
      `${operand(condition(field(node, 'left')!, scope))} ${js} ${operand(condition(field(node, 'right')!, scope))}`,
      'bool',
    )
  }
  if (node.type === 'parenthesized_expression') return condition(kids(node)[0]!, scope)
  const e = expr(node, scope)
  if (e.type === 'bool' || e.type === 'none') return e
  return atom(`${scope.module.builtin('truthy')}(${e.code})`, 'bool')
}

// Python's built-in names that are values in brine/python under another name.
const BUILTIN_VALUES: Record<string, string> = {
  TypeError: 'TypeError_',
  PermissionError: 'PermissionError_',
  TimeoutError: 'TimeoutError_',
  BaseException: 'Exception',
  IOError: 'OSError',
  EnvironmentError: 'OSError',
  tuple: 'list',
  frozenset: 'set',
  eval: 'eval',
}

/** How the output reads a name bound to a library module or value (declared once at the top). */
export function libraryName(name: string, binding: Extract<Binding, { kind: 'library' }>, scope: FunctionScope): Expr {
  const local = safeName(name)
  scope.module.libraryUses.set(local, binding.code)
  return atom(local)
}

function identifier(node: PyNode, scope: FunctionScope): Expr {
  const name = node.text
  if (name === scope.self) return atom('this')
  const binding = scope.lookup(name)
  if (!binding) {
    if (name === '__file__') return atom(quote(scope.module.file), 'str')
    if (name === '__name__') return atom(quote(scope.module.file.replace(/\.py$/, '').replace(/\//g, '.')), 'str')
    if (name === 'NotImplemented' || name === 'object' || name === 'print' || name === 'input' || name === 'open')
      return atom(scope.module.builtin(name))
    if (name in BUILTIN_VALUES || builtinName(name)) return atom(scope.module.builtin(BUILTIN_VALUES[name] ?? name))
    for (const wildcard of scope.module.wildcards) {
      const member = wildcard.member(name)
      if (member) return libraryName(name, { kind: 'library', code: member.code, isClass: member.isClass }, scope)
    }
    return fail(node, `unknown name "${name}"`)
  }
  if (binding.kind === 'external') return fail(node, `"${name}" comes from ${binding.module}, which is behave's own`)
  if (binding.kind === 'library') return libraryName(name, binding, scope)
  return atom(safeName(name), scope.typeOf(name))
}

function number(node: PyNode): Expr {
  const text = node.text.replace(/_/g, '')
  if (/[jJ]$/.test(text)) return fail(node, 'complex numbers are not translated')
  // Python 3 writes octal as 0o17; a leading-zero literal other than 0 is a syntax error there.
  return atom(text.replace(/[lL]$/, ''), 'num')
}

// Attributes of Python's object model that objects do not carry in JavaScript.
export const OBJECT_MODEL = new Set([
  '__class__',
  '__name__',
  '__qualname__',
  '__dict__',
  '__doc__',
  '__module__',
  '__bases__',
])

function attribute(node: PyNode, scope: FunctionScope): Expr {
  const object = field(node, 'object')!
  const name = field(node, 'attribute')!.text
  const dotted = dottedModule(node, scope)
  if (dotted) return dotted
  if (object.type === 'identifier' && scope.lookup(object.text)?.kind === 'external') {
    return fail(node, `${object.text}.${name} is behave's own and is not translated`)
  }
  const target = expr(object, scope)
  if (OBJECT_MODEL.has(name) || (name === '__init__' && isClassExpr(object, scope)))
    return atom(`${scope.module.builtin('getattr')}(${target.code}, ${quote(name)})`)
  if (target.type === 'ctx' && name in contextMethods) return atom(`${target.code}.${contextMethods[name]}`)
  if (target.type === 'ctx' && name.startsWith('_'))
    return skip(
      node,
      `context.${name} is behave's internal state, which brine has no equivalent of; the statement is left out`,
    )
  // Class.method (unbound): the function on the prototype.
  if (object.type === 'identifier') {
    const binding = scope.lookup(object.text)
    if (binding?.kind === 'class' && binding.members.get(name) === 'method')
      return atom(`${operand(target)}.prototype.${name}`)
    if (binding?.kind === 'library' && binding.isModule) {
      scope.module.libraryUses.set(safeName(object.text), binding.code)
    }
  }
  return atom(`${operand(target)}.${name}`, target.type === 'ctx' && name === 'text' ? 'str' : 'any')
}

const isClassExpr = (node: PyNode, scope: FunctionScope) =>
  node.type === 'identifier' && scope.lookup(node.text)?.kind === 'class'

/** `a.b.c.name` where `import a.b.c` imported a project module: its namespace. */
function dottedModule(node: PyNode, scope: FunctionScope): Expr | undefined {
  const modules = scope.module.dottedModules
  if (!modules.size) return undefined
  const text = node.text.replace(/\s/g, '')
  for (const [dotted, local] of modules) {
    if (text === dotted) return atom(local)
    if (text.startsWith(dotted + '.') && /^[\w.]+$/.test(text)) return atom(`${local}.${text.slice(dotted.length + 1)}`)
  }
  return undefined
}

// behave's Context spells its methods in snake_case; brine's Context in camelCase.
const contextMethods: Record<string, string> = {
  execute_steps: 'executeSteps',
  add_cleanup: 'addCleanup',
  use_with_user_mode: 'useWithUserMode',
}

function subscript(node: PyNode, scope: FunctionScope): Expr {
  const value = expr(field(node, 'value')!, scope)
  const subs = node.childrenForFieldName('subscript').filter((n): n is PyNode => n !== null)
  if (subs.length === 1 && subs[0]!.type === 'slice') return slice(value, subs[0]!, scope)
  const index =
    subs.length === 1 ? expr(subs[0]!, scope) : atom(`[${subs.map((s) => expr(s, scope).code).join(', ')}]`, 'list')
  return atom(`${scope.module.builtin('getitem')}(${value.code}, ${index.code})`)
}

function slice(value: Expr, node: PyNode, scope: FunctionScope): Expr {
  // tree-sitter gives a slice's parts as children separated by ':' tokens.
  const parts: (PyNode | undefined)[] = [undefined]
  for (const child of node.children) {
    if (!child) continue
    if (child.type === ':') parts.push(undefined)
    else parts[parts.length - 1] = child
  }
  const [start, stop, step] = [0, 1, 2].map((i) => (parts[i] ? expr(parts[i]!, scope).code : 'null'))
  const type = value.type === 'str' ? 'str' : value.type === 'list' ? 'list' : 'any'
  const args = step !== 'null' ? [start, stop, step] : stop !== 'null' ? [start, stop] : start !== 'null' ? [start] : []
  return atom(`${scope.module.builtin('slice')}(${[value.code, ...args].join(', ')})`, type)
}
