// Python collections → TypeScript: list/tuple/set/dict literals (dicts as plain objects, or Maps
// when a key is not a string), comprehensions (any number of for/if clauses) as flatMap/filter/map,
// lambdas, and for-loop targets.
import { field, kids, type PyNode } from '../python-parser.js'
import { stringValue } from '../python-string.js'
import { atom, compound, condition, expr, operand, type Expr } from './expressions.js'
import { FunctionScope, safeName } from './scope.js'
import { emitParameters, readSignature } from './signature.js'
import { isLiteral } from './functions.js'
import { fail } from './untranslatable.js'

export function element(node: PyNode, scope: FunctionScope): string {
  if (node.type === 'list_splat') return `...${scope.module.builtin('iter')}(${expr(kids(node)[0]!, scope).code})`
  return expr(node, scope).code
}

/** A dictionary key for a plain object (a string, or a number Python and JavaScript agree on). */
export function key(node: PyNode, scope: FunctionScope): string {
  const k = expr(node, scope)
  if (k.type !== 'str' && k.type !== 'num' && k.type !== 'any')
    return fail(node, `${k.type} dictionary keys are not translated`)
  return k.code
}

const NON_STRING_KEY = new Set(['integer', 'float', 'true', 'false', 'none', 'tuple'])

export function dictionary(node: PyNode, scope: FunctionScope): Expr {
  const pairs = kids(node)
  // {1: 'a'} keeps its int keys: a Map, which brine/python reads as a dict.
  if (pairs.some((p) => p.type === 'pair' && NON_STRING_KEY.has(field(p, 'key')!.type))) {
    const entries = pairs.map((pair) =>
      pair.type === 'dictionary_splat'
        ? `...${scope.module.builtin('items')}(${expr(kids(pair)[0]!, scope).code})`
        : `[${expr(field(pair, 'key')!, scope).code}, ${expr(field(pair, 'value')!, scope).code}]`,
    )
    return atom(`new Map<any, any>([${entries.join(', ')}])`, 'dict')
  }
  const entries = pairs.map((pair) => {
    if (pair.type === 'dictionary_splat')
      return `...${scope.module.builtin('dict')}(${expr(kids(pair)[0]!, scope).code})`
    const k = field(pair, 'key')!
    const value = expr(field(pair, 'value')!, scope).code
    const name = stringValue(k)
    if (name !== undefined && /^[A-Za-z_$][\w$]*$/.test(name)) return `${name}: ${value}`
    return `[${key(k, scope)}]: ${value}`
  })
  return atom(entries.length ? `{ ${entries.join(', ')} }` : '{}', 'dict')
}

/** A comprehension: for clauses nest as flatMap, if clauses filter, the innermost maps to the body. */
export function comprehension(
  node: PyNode,
  scope: FunctionScope,
  body: (node: PyNode, inner: FunctionScope) => string,
): string {
  const [head, ...clauses] = kids(node)
  if (clauses[0]?.type !== 'for_in_clause') return fail(node, 'a comprehension must start with a for clause')
  if (clauses.some((c) => c.children.some((x) => x?.type === 'async')))
    return fail(node, 'async comprehensions are not translated')
  const inner = new FunctionScope(scope.module, scope, scope.self, scope.selfIsClass, scope.className)
  const build = (at: number): string => {
    const clause = clauses[at]!
    const source = `${scope.module.builtin('list')}(${expr(field(clause, 'right')!, at === 0 ? scope : inner).code})`
    const target = pattern(field(clause, 'left')!, inner)
    let next = at + 1
    const filters: string[] = []
    while (clauses[next]?.type === 'if_clause') {
      filters.push(`.filter((${target}) => ${condition(kids(clauses[next]!)[0]!, inner).code})`)
      next++
    }
    if (next < clauses.length) return `${source}${filters.join('')}.flatMap((${target}) => ${build(next)})`
    const value = body(head!, inner)
    // [x for x in xs if …] needs no map.
    const mapped = value.startsWith('{') ? `(${value})` : value
    return `${source}${filters.join('')}${value === target ? '' : `.map((${target}) => ${mapped})`}`
  }
  return build(0)
}

/** A for-target (name or tuple of names) as a binding pattern; declares the names in `scope`. */
export function pattern(node: PyNode, scope: FunctionScope): string {
  if (node.type === 'identifier') {
    scope.locals.set(node.text, 'any')
    return safeName(node.text)
  }
  if (['tuple_pattern', 'pattern_list', 'tuple', 'list_pattern', 'list'].includes(node.type)) {
    return `[${kids(node)
      .map((n) => pattern(n, scope))
      .join(', ')}]`
  }
  if (node.type === 'parenthesized_expression') return pattern(kids(node)[0]!, scope)
  return fail(node, `loop target ${node.type.replace(/_/g, ' ')} is not translated`)
}

export function lambda(node: PyNode, scope: FunctionScope): Expr {
  const inner = new FunctionScope(scope.module, scope, scope.self, scope.selfIsClass, scope.className)
  const signature = readSignature(node, 0)
  const defaults = new Map<string, string>()
  // Python evaluates defaults where the lambda is made (`lambda m=m: …` keeps the m of that moment).
  const captured: [string, string][] = []
  for (const p of signature.params) {
    if (p.defaultNode) {
      const code = expr(p.defaultNode, scope).code
      if (isLiteral(p.defaultNode)) defaults.set(p.name, code)
      else {
        const temp = scope.module.temporary('default')
        captured.push([temp, code])
        defaults.set(p.name, temp)
      }
    }
    inner.locals.set(p.name, 'any')
    inner.declared.add(p.name)
  }
  const { list, prologue } = emitParameters(signature, defaults)
  const body = operand(expr(field(node, 'body')!, inner))
  const fn = prologue.length
    ? `(${list}) => {\n  ${prologue.join('\n  ')}\n  return ${body}\n}`
    : `(${list}) => ${body.startsWith('{') ? `(${body})` : body}`
  if (!captured.length) return compound(fn, 'fn')
  return atom(
    `((${captured.map(([t]) => `${t}: any`).join(', ')}) => ${fn})(${captured.map(([, c]) => c).join(', ')})`,
    'fn',
  )
}
