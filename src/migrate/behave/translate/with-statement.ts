// Python's `with a as x, b:` → brackets the block with py.With per context manager, keeping the
// block in place (so return, break and await work as they did): __enter__ first, __exit__ with the
// exception (which it may suppress) or with None on the way out.
import { field, kids, type PyNode } from '../python-parser.js'
import { expr } from './expressions.js'
import { assignTarget, block, indent, type BlockState } from './statements.js'
import { fail } from './untranslatable.js'

export function withStatement(node: PyNode, state: BlockState): string[] {
  if (node.children.some((c) => c?.type === 'async')) return fail(node, 'async with is not translated')
  const items = kids(kids(node).find((c) => c.type === 'with_clause')!)
  const body = field(node, 'body')!
  return nest(items, 0, body, state)
}

function nest(items: PyNode[], i: number, body: PyNode, state: BlockState): string[] {
  if (i === items.length) return block(body, state).map((l) => l.slice(2))
  const value = field(items[i]!, 'value')!
  const [managerNode, target] =
    value.type === 'as_pattern'
      ? [kids(value)[0]!, kids(field(value, 'alias')!)[0] ?? field(value, 'alias')!]
      : [value, undefined]
  const scope = state.scope
  const manager = expr(managerNode, scope)
  if (/\bawait\b/.test(manager.code)) state.awaits = true
  const w = scope.module.temporary('with')
  const inner = { ...state, depth: state.depth + 1 }
  const bind = target ? [assignTarget(target, `${w}.value`, inner)] : []
  const rest = nest(items, i + 1, body, inner)
  state.awaits ||= inner.awaits
  return [
    `const ${w} = ${scope.module.builtin('With')}(${manager.code})`,
    'try {',
    ...indent([...bind, ...rest]),
    '} catch (__error) {',
    `  ${w}.fail(__error)`,
    '} finally {',
    `  ${w}.close()`,
    '}',
  ]
}
