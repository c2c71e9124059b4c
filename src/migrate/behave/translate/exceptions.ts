// assert → expect, raise → throw, try/except/finally → try/catch with Python's exception
// matching (isinstance on the exception, re-thrown when no clause matches).
import { field, kids, type PyNode } from '../python-parser.js'
import { condition, expr } from './expressions.js'
import { quote } from './quote.js'
import { safeName } from './scope.js'
import { block, code, indent, type BlockState } from './statements.js'
import { fail } from './untranslatable.js'

/** `assert x == y, msg` → `expect(x, msg).toEqual(y)`, and the like. */
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
      const left = expr(a!, scope).code
      const right = expr(b!, scope)
      if (op === '==') return `expect(${left}${msg}).toEqual(${right.code})`
      if (op === '!=') return `expect(${left}${msg}).not.toEqual(${right.code})`
      if (op === 'is' && right.type === 'none') return `expect(${left} ?? null${msg}).toBeNull()`
      if (op === 'is not' && right.type === 'none') return `expect(${left} ?? null${msg}).not.toBeNull()`
    }
  }
  if (test!.type === 'not_operator') {
    return `expect(${condition(field(test!, 'argument')!, scope).code}${msg}).toBe(false)`
  }
  return `expect(${condition(test!, scope).code}${msg}).toBe(true)`
}

export function raise(node: PyNode, state: BlockState): string {
  const [error, cause] = kids(node)
  if (cause) return fail(node, 'raise … from … is not translated')
  if (!error) {
    const caught = state.scope.typeOf('__caught__')
    if (caught === 'any' && !state.scope.lookup('__caught__'))
      return fail(node, 'a bare raise outside except is not translated')
    return 'throw __caught__'
  }
  if (error.type === 'identifier' && !state.scope.lookup(error.text)) {
    return fail(error, `raise ${error.text} without arguments is not translated`)
  }
  return `throw ${code(error, state)}`
}

export function tryStatement(node: PyNode, state: BlockState): string[] {
  const { scope } = state
  const lines = ['try {', ...block(field(node, 'body')!, state)]
  const handlers = kids(node).filter((c) => c.type === 'except_clause')
  if (kids(node).some((c) => c.type === 'else_clause' || c.type === 'except_group_clause'))
    return fail(node, 'try … else is not translated')
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
        alias = field(spec, 'alias')?.text ?? kids(spec).at(-1)!.text
      } else if (spec) types = [spec]
      if (types[0]?.type === 'tuple') types = kids(types[0])
      const test = types.length
        ? types
            .map((t) =>
              scope.lookup(t.text)?.kind === 'class'
                ? `__caught__ instanceof ${t.text}`
                : `${scope.module.builtin('isError')}(__caught__, ${quote(t.text)})`,
            )
            .join(' || ')
        : 'true'
      if (alias) {
        scope.locals.set(alias, 'any')
        scope.declared.add(alias)
      }
      const inner = block(body, state)
      branches.push(
        `${branches.length ? '} else ' : ''}if (${test}) {`,
        ...(alias ? [`  let ${safeName(alias)} = __caught__`] : []),
        ...inner,
      )
    }
    lines.push(...indent([...branches, '} else {', '  throw __caught__', '}']))
  }
  const final = kids(node).find((c) => c.type === 'finally_clause')
  if (final) lines.push('} finally {', ...block(kids(final).at(-1)!, state))
  return [...lines, '}']
}
