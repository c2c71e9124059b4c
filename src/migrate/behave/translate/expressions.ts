// Python expressions → TypeScript, for the subset the migrator supports. Where JavaScript's
// operators differ from Python's for the values involved (==, +, %, truthiness, in), the output
// calls the generated python-builtins module instead of guessing.
import { field, kids, type PyNode } from '../python-parser.js'
import { callExpr } from './calls.js'
import { comprehension, dictionary, element, key, lambda } from './collections.js'
import { binary, booleanOp, comparison } from './operators.js'
import { string } from './strings.js'
import { fail } from './untranslatable.js'
import { FunctionScope, safeName, type PyType } from './scope.js'

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
      return compound(op === '~' ? `~${operand(arg)}` : `${op}${operand(arg)}`, 'num')
    }
    case 'not_operator':
      return compound(`!${operand(condition(field(node, 'argument')!, scope))}`, 'bool')
    case 'boolean_operator':
      return booleanOp(node, scope)
    case 'comparison_operator':
      return comparison(node, scope)
    case 'conditional_expression': {
      const [a, test, b] = kids(node).map((n) => n)
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
    case 'set':
      return atom(
        `new Set([${kids(node)
          .map((n) => element(n, scope))
          .join(', ')}])`,
        'set',
      )
    case 'dictionary':
      return dictionary(node, scope)
    case 'list_comprehension':
    case 'generator_expression':
      return atom(
        comprehension(node, scope, (body, inner) => expr(body, inner).code),
        'list',
      )
    case 'set_comprehension':
      return atom(`new Set(${comprehension(node, scope, (body, inner) => expr(body, inner).code)})`, 'set')
    case 'dictionary_comprehension':
      return atom(
        `Object.fromEntries(${comprehension(node, scope, (pair, inner) => `[${key(field(pair, 'key')!, inner)}, ${expr(field(pair, 'value')!, inner).code}]`)})`,
        'dict',
      )
    case 'lambda':
      return lambda(node, scope)
    case 'yield': {
      const value = kids(node)[0]
      return compound(value ? `yield ${expr(value, scope).code}` : 'yield')
    }
    case 'await':
      return compound(`await ${operand(expr(kids(node)[0]!, scope))}`)
    default:
      return fail(node, `${node.type.replace(/_/g, ' ')} is not translated`)
  }
}

/** An expression used as a condition, with Python's truthiness. */
export function condition(node: PyNode, scope: FunctionScope): Expr {
  const e = expr(node, scope)
  if (e.type === 'bool' || e.type === 'num' || e.type === 'str' || e.type === 'none') return e
  return atom(`${scope.module.builtin('truthy')}(${e.code})`, 'bool')
}

function identifier(node: PyNode, scope: FunctionScope): Expr {
  const name = node.text
  if (name === scope.self) return atom('this')
  const binding = scope.lookup(name)
  if (!binding) {
    return fail(node, `unknown name "${name}"`)
  }
  if (binding.kind === 'external') return fail(node, `"${name}" comes from ${binding.module}, which is not translated`)
  return atom(safeName(name), scope.typeOf(name))
}

function number(node: PyNode): Expr {
  const text = node.text.replace(/_/g, '')
  if (/[jJ]$/.test(text)) return fail(node, 'complex numbers are not translated')
  // Python 3 writes octal as 0o17; a leading-zero literal other than 0 is a syntax error there.
  return atom(text.replace(/[lL]$/, ''), 'num')
}

function attribute(node: PyNode, scope: FunctionScope): Expr {
  const object = field(node, 'object')!
  const name = field(node, 'attribute')!.text
  if (object.type === 'identifier' && scope.lookup(object.text)?.kind === 'external') {
    return fail(node, `${object.text}.${name} comes from a module that is not translated`)
  }
  const target = expr(object, scope)
  if (name.startsWith('__') && name.endsWith('__')) return fail(node, `attribute ${name} is not translated`)
  if (target.type === 'ctx' && name in contextMethods) return atom(`${target.code}.${contextMethods[name]}`)
  return atom(`${operand(target)}.${name}`, target.type === 'ctx' && name === 'text' ? 'str' : 'any')
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
  if (subs.length !== 1) return fail(node, 'multi-dimensional subscripts are not translated')
  const sub = subs[0]!
  if (sub.type === 'slice') return slice(value, sub, scope)
  const index = expr(sub, scope)
  if (value.type === 'list' && sub.type === 'integer') return atom(`${operand(value)}[${index.code}]`)
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
  if (parts.length > 2 && parts[2]) return fail(node, 'slices with a step are not translated')
  const start = parts[0] ? expr(parts[0], scope).code : '0'
  const end = parts[1] ? `, ${expr(parts[1], scope).code}` : ''
  return atom(`${operand(value)}.slice(${start}${end})`, value.type === 'str' ? 'str' : 'list')
}
