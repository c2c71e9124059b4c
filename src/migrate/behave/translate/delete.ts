// Python's `del`: items of lists and dicts (and slices), attributes, and local names.
import { field, kids, type PyNode } from '../python-parser.js'
import { expr } from './expressions.js'
import { safeName } from './scope.js'
import { sliceParts, type BlockState } from './statements.js'
import { fail } from './untranslatable.js'

export function deleteStatement(node: PyNode, state: BlockState): string[] {
  const inner = kids(node)[0]!
  const targets = inner.type === 'expression_list' ? kids(inner) : [inner]
  return targets.map((t) => deleteOne(t, state))
}

function deleteOne(node: PyNode, state: BlockState): string {
  const py = (name: string) => state.scope.module.builtin(name)
  switch (node.type) {
    case 'subscript': {
      const object = expr(field(node, 'value')!, state.scope).code
      const index = node.childrenForFieldName('subscript').filter((n): n is PyNode => n !== null)
      if (index.length === 1 && index[0]!.type === 'slice') {
        const [start, stop] = sliceParts(index[0]!, state)
        return `${py('setslice')}(${object}, ${start}, ${stop}, [])`
      }
      return `${py('delitem')}(${object}, ${expr(index[0]!, state.scope).code})`
    }
    case 'attribute':
      return `${py('delattr')}(${expr(field(node, 'object')!, state.scope).code}, '${field(node, 'attribute')!.text}')`
    case 'identifier':
      // A deleted local is unbound; reading it again is an error in Python, undefined here.
      return `${safeName(node.text)} = undefined`
    default:
      return fail(node, `del of ${node.type.replace(/_/g, ' ')} is not translated`)
  }
}
