// assert → expect, raise → throw, try/except/else/finally → try/catch with Python's exception
// matching (by class, re-thrown when no clause matches) and the else clause run only when the
// try block raised nothing.
import { field, kids, type PyNode } from '../python-parser.js'
import { condition, expr, operand } from './expressions.js'
import { quote } from './quote.js'
import { safeName, type PyType } from './scope.js'
import { block, code, indent, type BlockState } from './statements.js'
import { fail } from './untranslatable.js'

const simple = (t: PyType) => t === 'num' || t === 'str' || t === 'bool'

/** `assert x == y, msg` → `expect(x, msg).toEqual(y)` where that is Python's ==, else expect(py.eq(…)). */
export function assertion(node: PyNode, state: BlockState): string {
  const { scope } = state
  scope.module.usesExpect = true
  const [test, message] = kids(node)
  // Python shows any object as the message (str() of it); Vitest takes a string.
  const shown = message ? expr(message, scope) : undefined
  const msg = shown ? `, ${shown.type === 'str' ? shown.code : `${scope.module.builtin('str')}(${shown.code})`}` : ''
  if (test!.type === 'comparison_operator') {
    const operators = test!.childrenForFieldName('operators').filter((n) => n !== null)
    const [a, b] = kids(test!)
    if (operators.length === 1) {
      const op = operators[0]!.text.replace(/\s+/g, ' ')
      const left = expr(a!, scope)
      const right = expr(b!, scope)
      const plain = simple(left.type) || simple(right.type) || left.type === 'none' || right.type === 'none'
      if (op === '==' && plain) return `expect(${left.code}${msg}).toEqual(${right.code})`
      if (op === '!=' && plain) return `expect(${left.code}${msg}).not.toEqual(${right.code})`
      if (op === 'is' && right.type === 'none') return `expect(${left.code} ?? null${msg}).toBeNull()`
      if (op === 'is not' && right.type === 'none') return `expect(${left.code} ?? null${msg}).not.toBeNull()`
    }
  }
  if (test!.type === 'not_operator') {
    return `expect(${condition(field(test!, 'argument')!, scope).code}${msg}).toBe(false)`
  }
  return `expect(${condition(test!, scope).code}${msg}).toBe(true)`
}

export function raise(node: PyNode, state: BlockState): string {
  const [error, cause] = kids(node)
  if (!error) {
    if (!state.scope.lookup('__caught__')) return fail(node, 'a bare raise outside except is not translated')
    return 'throw __caught__'
  }
  // `raise ValueError` raises an instance of the class.
  const value =
    error.type === 'identifier' || error.type === 'attribute'
      ? `${state.scope.module.builtin('raised')}(${code(error, state)})`
      : code(error, state)
  if (cause) return `throw ${state.scope.module.builtin('withCause')}(${value}, ${code(cause, state)})`
  return `throw ${value}`
}

export function tryStatement(node: PyNode, state: BlockState): string[] {
  const { scope } = state
  if (kids(node).some((c) => c.type === 'except_group_clause')) return fail(node, 'except* is not translated')
  const otherwise = kids(node).find((c) => c.type === 'else_clause')
  const final = kids(node).find((c) => c.type === 'finally_clause')
  const ok = otherwise ? scope.module.temporary('ok') : undefined
  const lines = ['try {', ...block(field(node, 'body')!, state), ...(ok ? [`  ${ok} = true`] : [])]
  const handlers = kids(node).filter((c) => c.type === 'except_clause')
  if (handlers.length) {
    lines.push('} catch (__caught__) {')
    scope.locals.set('__caught__', 'any')
    const branches: string[] = []
    for (const handler of handlers) {
      const parts = kids(handler)
      const body = parts.at(-1)!
      const spec = parts.length > 1 ? parts[0]! : undefined
      let types: PyNode[] = []
      let alias: string | undefined
      if (spec?.type === 'as_pattern') {
        types = [kids(spec)[0]!]
        alias = (field(spec, 'alias') ? (kids(field(spec, 'alias')!)[0] ?? field(spec, 'alias')) : kids(spec).at(-1))!
          .text
      } else if (spec) types = [spec]
      if (types[0]?.type === 'tuple' || types[0]?.type === 'parenthesized_expression') types = kids(types[0])
      const test = types.length ? types.map((t) => matches(t, state)).join(' || ') : 'true'
      const inner = { ...state, depth: state.depth + 1 }
      let bind: string[] = []
      if (alias) {
        // The name stays bound after the clause in the function (Python deletes it; reading it then is an error).
        const fresh = !scope.declared.has(alias)
        scope.locals.set(alias, 'any')
        scope.declared.add(alias)
        if (fresh) state.hoisted.add(safeName(alias))
        bind = [`  ${safeName(alias)} = __caught__`]
      }
      const traced = scope.module.names.get('traceback') ? [`  ${scope.module.builtin('handling')}(__caught__)`] : []
      // A bare `except:` takes everything: the last branch, with nothing to re-throw.
      const open =
        test === 'true' ? (branches.length ? '} else {' : '{') : `${branches.length ? '} else ' : ''}if (${test}) {`
      branches.push(open, ...bind, ...traced, ...block(body, inner))
      state.awaits ||= inner.awaits
      if (test === 'true') break
    }
    const catchAll = branches.some((b) => b === '} else {' || b === '{')
    lines.push(...indent([...branches, ...(catchAll ? ['}'] : ['} else {', '  throw __caught__', '}'])]))
  }
  if (final && !otherwise) lines.push('} finally {', ...block(kids(final).at(-1)!, state))
  lines.push('}')
  if (!otherwise) return [...(ok ? [`let ${ok} = false`] : []), ...lines]
  // else runs after the try block succeeded, outside the handlers, before finally.
  const withElse = [`let ${ok} = false`, ...lines, `if (${ok}) {`, ...block(field(otherwise, 'body')!, state), '}']
  if (!final) return withElse
  return ['try {', ...indent(withElse), '} finally {', ...block(kids(final).at(-1)!, state), '}']
}

/** The test of `except Name:` for the caught value. */
function matches(type: PyNode, state: BlockState): string {
  const scope = state.scope
  const binding = type.type === 'identifier' ? scope.lookup(type.text) : undefined
  if (type.type === 'identifier' && !binding)
    return `${scope.module.builtin('isError')}(__caught__, ${quote(type.text)})`
  return `${scope.module.builtin('isinstance')}(__caught__, ${operand(expr(type, scope))})`
}
