// Python expressions → TypeScript, for the subset the migrator supports. Where JavaScript's
// operators differ from Python's for the values involved (==, +, %, truthiness, in), the output
// calls the generated python-builtins module instead of guessing.
import { field, kids, type PyNode } from '../python-parser.js'
import { stringParts, stringValue, unescape } from '../python-string.js'
import { callExpr } from './calls.js'
import { fail } from './untranslatable.js'
import { FunctionScope, safeName, type PyType } from './scope.js'
import { quote } from './quote.js'

export interface Expr {
  code: string
  type: PyType
  /** Needs no parentheses as an operand. */
  atomic?: boolean
}

const atom = (code: string, type: PyType = 'any'): Expr => ({ code, type, atomic: true })
const compound = (code: string, type: PyType = 'any'): Expr => ({ code, type })

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

function string(node: PyNode, scope: FunctionScope): Expr {
  const value = stringValue(node)
  if (value !== undefined) return atom(quote(value), 'str')
  const parts = node.type === 'concatenated_string' ? kids(node) : [node]
  return atom(parts.map((p) => fstring(p, scope)).join(' + '), 'str')
}

/** An f-string as a template literal; each `{x}` goes through Python's str()/format(). */
function fstring(node: PyNode, scope: FunctionScope): string {
  const { prefix } = stringParts(node)
  if (prefix.includes('b')) return fail(node, 'bytes literals are not translated')
  const plain = stringValue(node)
  if (plain !== undefined) return quote(plain)
  let out = '`'
  for (const child of node.children) {
    if (!child || child.type === 'string_start' || child.type === 'string_end') continue
    if (child.type === 'interpolation') out += '${' + interpolation(child, scope) + '}'
    else {
      const text = prefix.includes('r') ? child.text : unescape(child.text)
      out += text
        .replace(/\\/g, '\\\\')
        .replace(/`/g, '\\`')
        .replace(/\$\{/g, '\\${')
        .replace(/\{\{/g, '{')
        .replace(/\}\}/g, '}')
    }
  }
  return out + '`'
}

function interpolation(node: PyNode, scope: FunctionScope): string {
  const value = expr(field(node, 'expression')!, scope)
  const conversion = node.children.find((c) => c?.type === 'type_conversion')?.text
  const spec = node.children.find((c) => c?.type === 'format_specifier')
  if (spec && kids(spec).some((c) => c.type === 'interpolation'))
    fail(spec, 'nested f-string format specs are not translated')
  const specText = spec ? spec.text.replace(/^:/, '') : ''
  const shown = conversion === '!r' ? `${scope.module.builtin('repr')}(${value.code})` : value.code
  if (specText) return `${scope.module.builtin('formatValue')}(${shown}, ${quote(specText)})`
  if (conversion === '!r' || value.type === 'str') return shown
  return `${scope.module.builtin('str')}(${value.code})`
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

function binary(node: PyNode, scope: FunctionScope): Expr {
  const op = field(node, 'operator')!.text
  const left = expr(field(node, 'left')!, scope)
  const right = expr(field(node, 'right')!, scope)
  const l = operand(left)
  const r = operand(right)
  const num = left.type === 'num' || right.type === 'num'
  const bothNum = left.type === 'num' && right.type === 'num'
  const helper = (name: string, type: PyType = 'any') =>
    atom(`${scope.module.builtin(name)}(${left.code}, ${right.code})`, type)
  switch (op) {
    case '+':
      if (left.type === 'str' || right.type === 'str') return compound(`${l} + ${r}`, 'str')
      if (num) return compound(`${l} + ${r}`, 'num')
      if (left.type === 'list' && right.type === 'list') return atom(`[...${l}, ...${r}]`, 'list')
      return helper('add')
    case '-':
      if (left.type === 'set' || right.type === 'set') return fail(node, 'set difference is not translated')
      return compound(`${l} - ${r}`, 'num')
    case '*':
      if (bothNum) return compound(`${l} * ${r}`, 'num')
      if (left.type === 'str') return atom(`${l}.repeat(${right.code})`, 'str')
      return helper('mul')
    // Python raises ZeroDivisionError where JavaScript gives Infinity: only a non-zero literal
    // divisor keeps the plain operator.
    case '/':
      return nonZero(field(node, 'right')!) ? compound(`${l} / ${r}`, 'num') : helper('div', 'num')
    case '//':
      return nonZero(field(node, 'right')!) ? atom(`Math.floor(${l} / ${r})`, 'num') : helper('floordiv', 'num')
    case '%':
      if (left.type === 'str') return helper('percent', 'str')
      return helper('mod', bothNum ? 'num' : 'any')
    case '**':
      return compound(`${l} ** ${r}`, 'num')
    default:
      return fail(node, `operator ${op} is not translated`)
  }
}

function nonZero(node: PyNode): boolean {
  return (node.type === 'integer' || node.type === 'float') && Number(node.text.replace(/_/g, '')) !== 0
}

function booleanOp(node: PyNode, scope: FunctionScope): Expr {
  const op = field(node, 'operator')!.text
  const left = expr(field(node, 'left')!, scope)
  const right = expr(field(node, 'right')!, scope)
  const js = op === 'and' ? '&&' : '||'
  if (left.type === 'bool' && right.type === 'bool') return compound(`${operand(left)} ${js} ${operand(right)}`, 'bool')
  // Python's and/or return an operand, chosen by Python's truthiness.
  if (left.atomic) {
    const test = condition(field(node, 'left')!, scope)
    return compound(
      op === 'and'
        ? `${test.code} ? ${operand(right)} : ${left.code}`
        : `${test.code} ? ${left.code} : ${operand(right)}`,
    )
  }
  return fail(node, `"${op}" on values that are not booleans is translated only when its left side is a simple name`)
}

function comparison(node: PyNode, scope: FunctionScope): Expr {
  const operands = kids(node)
  const operators = node.childrenForFieldName('operators').filter((n): n is PyNode => n !== null)
  if (operators.length === 0 || operands.length !== operators.length + 1) return fail(node, 'unexpected comparison')
  const parts: string[] = []
  for (let i = 0; i < operators.length; i++) {
    if (i > 0 && !['identifier', 'integer', 'float', 'string'].includes(operands[i]!.type)) {
      return fail(node, 'chained comparisons are translated only over simple names and literals')
    }
    parts.push(compare(operators[i]!.text.replace(/\s+/g, ' '), operands[i]!, operands[i + 1]!, scope))
  }
  return compound(parts.join(' && '), 'bool')
}

function compare(op: string, a: PyNode, b: PyNode, scope: FunctionScope): string {
  const left = expr(a, scope)
  const right = expr(b, scope)
  const simple = (t: PyType) => t === 'num' || t === 'str' || t === 'bool'
  switch (op) {
    case '==':
    case '!=': {
      if (right.type === 'none' || left.type === 'none') return `${operand(left)} ${op} ${operand(right)}`
      if (simple(left.type) && simple(right.type) && left.type === right.type)
        return `${operand(left)} ${op}= ${operand(right)}`
      const eq = `${scope.module.builtin('eq')}(${left.code}, ${right.code})`
      return op === '==' ? eq : `!${eq}`
    }
    case '<':
    case '<=':
    case '>':
    case '>=':
      return `${operand(left)} ${op} ${operand(right)}`
    case 'in':
      return `${scope.module.builtin('contains')}(${right.code}, ${left.code})`
    case 'not in':
      return `!${scope.module.builtin('contains')}(${right.code}, ${left.code})`
    case 'is':
      return right.type === 'none' ? `${operand(left)} == null` : `${operand(left)} === ${operand(right)}`
    case 'is not':
      return right.type === 'none' ? `${operand(left)} != null` : `${operand(left)} !== ${operand(right)}`
    default:
      return fail(a, `comparison ${op} is not translated`)
  }
}

function element(node: PyNode, scope: FunctionScope): string {
  if (node.type === 'list_splat') return `...${scope.module.builtin('iter')}(${expr(kids(node)[0]!, scope).code})`
  return expr(node, scope).code
}

/** A dictionary key: Python dicts become plain objects, so keys must be strings or numbers. */
function key(node: PyNode, scope: FunctionScope): string {
  const k = expr(node, scope)
  // Python dicts become plain objects, whose keys are strings: 1 and "1" meet, which valid
  // step code rarely relies on; lists, sets and dicts as keys are refused.
  if (k.type !== 'str' && k.type !== 'num' && k.type !== 'any')
    return fail(node, `${k.type} dictionary keys are not translated`)
  return k.code
}

function dictionary(node: PyNode, scope: FunctionScope): Expr {
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
function comprehension(
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

function lambda(node: PyNode, scope: FunctionScope): Expr {
  const inner = new FunctionScope(scope.module, scope, scope.self, scope.selfIsClass)
  const params = field(node, 'parameters')
  const names = params
    ? kids(params).map((p) =>
        p.type === 'identifier' ? pattern(p, inner) : fail(p, 'lambda parameters with defaults are not translated'),
      )
    : []
  return compound(`(${names.map((n) => `${n}: any`).join(', ')}) => ${operand(expr(field(node, 'body')!, inner))}`)
}
