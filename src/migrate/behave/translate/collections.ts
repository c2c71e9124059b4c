// Python collections → TypeScript: list/tuple/set/dict literals (dicts as plain objects),
// comprehensions with one `for` as filter/map, lambdas, and for-loop targets.
import { field, kids, type PyNode } from '../python-parser.js'
import { stringValue } from '../python-string.js'
import { atom, compound, condition, expr, operand, type Expr } from './expressions.js'
import { FunctionScope, safeName } from './scope.js'
import { fail } from './untranslatable.js'

export function element(node: PyNode, scope: FunctionScope): string {
  if (node.type === 'list_splat') return `...${scope.module.builtin('iter')}(${expr(kids(node)[0]!, scope).code})`
  return expr(node, scope).code
}

/** A dictionary key: Python dicts become plain objects, so keys must be strings or numbers. */
export function key(node: PyNode, scope: FunctionScope): string {
  const k = expr(node, scope)
  // Python dicts become plain objects, whose keys are strings: 1 and "1" meet, which valid
  // step code rarely relies on; lists, sets and dicts as keys are refused.
  if (k.type !== 'str' && k.type !== 'num' && k.type !== 'any')
    return fail(node, `${k.type} dictionary keys are not translated`)
  return k.code
}

export function dictionary(node: PyNode, scope: FunctionScope): Expr {
  const entries = kids(node).map((pair) => {
    if (pair.type === 'dictionary_splat') return `...${expr(kids(pair)[0]!, scope).code}`
    const k = field(pair, 'key')!
    const value = expr(field(pair, 'value')!, scope).code
    const name = stringValue(k)
    if (name !== undefined && /^[A-Za-z_$][\w$]*$/.test(name)) return `${name}: ${value}`
    return `[${key(k, scope)}]: ${value}`
  })
  return atom(entries.length ? `{ ${entries.join(', ')} }` : '{}', 'dict')
}

/** A comprehension with one `for` clause as filter/map over a list. */
export function comprehension(
  node: PyNode,
  scope: FunctionScope,
  body: (node: PyNode, inner: FunctionScope) => string,
): string {
  const [head, ...clauses] = kids(node)
  if (clauses.filter((c) => c.type === 'for_in_clause').length !== 1 || clauses[0]!.type !== 'for_in_clause') {
    return fail(node, 'comprehensions with more than one for clause are not translated')
  }
  if (clauses[0]!.children.some((c) => c?.type === 'async'))
    return fail(node, 'async comprehensions are not translated')
  const inner = new FunctionScope(scope.module, scope, scope.self, scope.selfIsClass)
  const source = `${scope.module.builtin('list')}(${expr(field(clauses[0]!, 'right')!, scope).code})`
  const target = pattern(field(clauses[0]!, 'left')!, inner)
  const filters = clauses.slice(1).map((c) => `.filter((${target}) => ${condition(kids(c)[0]!, inner).code})`)
  return `${source}${filters.join('')}.map((${target}) => ${body(head!, inner)})`
}

/** A for-target (name or tuple of names) as a binding pattern; declares the names in `scope`. */
export function pattern(node: PyNode, scope: FunctionScope): string {
  if (node.type === 'identifier') {
    scope.locals.set(node.text, 'any')
    return safeName(node.text)
  }
  if (
    node.type === 'tuple_pattern' ||
    node.type === 'pattern_list' ||
    node.type === 'tuple' ||
    node.type === 'list_pattern'
  ) {
    return `[${kids(node)
      .map((n) => pattern(n, scope))
      .join(', ')}]`
  }
  if (node.type === 'parenthesized_expression') return pattern(kids(node)[0]!, scope)
  return fail(node, `loop target ${node.type} is not translated`)
}

export function lambda(node: PyNode, scope: FunctionScope): Expr {
  const inner = new FunctionScope(scope.module, scope, scope.self, scope.selfIsClass)
  const params = field(node, 'parameters')
  const names = params
    ? kids(params).map((p) =>
        p.type === 'identifier' ? pattern(p, inner) : fail(p, 'lambda parameters with defaults are not translated'),
      )
    : []
  return compound(`(${names.map((n) => `${n}: any`).join(', ')}) => ${operand(expr(field(node, 'body')!, inner))}`)
}
