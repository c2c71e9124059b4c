// Python string literals → TypeScript: plain ones as quoted literals, f-strings as template
// literals whose fields go through Python's str(), repr() and format().
import { field, kids, type PyNode } from '../python-parser.js'
import { stringParts, stringValue, unescape } from '../python-string.js'
import { atom, expr, type Expr } from './expressions.js'
import { quote } from './quote.js'
import type { FunctionScope } from './scope.js'
import { fail } from './untranslatable.js'

export function string(node: PyNode, scope: FunctionScope): Expr {
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
  const shown =
    conversion === '!r' || conversion === '!a' ? `${scope.module.builtin('repr')}(${value.code})` : value.code
  if (spec) return `${scope.module.builtin('formatValue')}(${shown}, ${specCode(spec, scope)})`
  if (conversion === '!r' || conversion === '!a' || value.type === 'str') return shown
  return `${scope.module.builtin('str')}(${value.code})`
}

/** A format spec, with its nested `{width}` fields filled in at run time. */
function specCode(spec: PyNode, scope: FunctionScope): string {
  const nested = spec.children.filter((c) => c?.type === 'format_expression')
  const text = spec.text.replace(/^:/, '')
  if (!nested.length) return quote(text)
  let out = '`'
  let at = spec.startIndex + (spec.text.startsWith(':') ? 1 : 0)
  const source = spec.tree.rootNode.text
  for (const n of nested) {
    out += source
      .slice(at, n!.startIndex)
      .replace(/[`\\]/g, (c) => `\\${c}`)
      .replace(/\$\{/g, '\\${')
    out += '${' + `${scope.module.builtin('str')}(${expr(field(n!, 'expression')!, scope).code})` + '}'
    at = n!.endIndex
  }
  out += source.slice(at, spec.endIndex).replace(/[`\\]/g, (c) => `\\${c}`)
  return out + '`'
}
