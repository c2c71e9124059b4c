// Recognises behave's, parse's and parse_type's own functions in Python code, however they were
// imported: `from behave import given as g`, `import behave` + `behave.given`, or the decorators
// behave injects into every step module without an import.
import { field, type PyNode } from './python-parser.js'
import type { ModuleScope } from './translate/scope.js'

const injected = new Set([
  'given',
  'when',
  'then',
  'step',
  'Given',
  'When',
  'Then',
  'Step',
  'use_step_matcher',
  'step_matcher',
])

/** `behave.given`, `parse.with_pattern`, `parse_type.TypeBuilder`… for a callee node; else undefined. */
export function libraryName(node: PyNode, scope: ModuleScope, stepModule: boolean): string | undefined {
  if (node.type === 'identifier') {
    const binding = scope.names.get(node.text)
    if (binding?.kind === 'external' && /^(behave|parse|parse_type)\b/.test(binding.module)) {
      // `from behave.matchers import register_type` records `behave.matchers.register_type`.
      const parts = binding.module.split('.')
      return parts.length > 1 ? `${parts[0]}.${parts.at(-1)}` : parts[0]
    }
    if (!binding && stepModule && injected.has(node.text)) return `behave.${node.text}`
    return undefined
  }
  if (node.type === 'attribute') {
    const object = field(node, 'object')!
    const base = libraryName(object, scope, false)
    // `from behave import matchers` + `matchers.register_type(...)`: behave's own register_type.
    if (base === 'behave.matchers') return `behave.${field(node, 'attribute')!.text}`
    if (base === 'behave' || base === 'parse' || base === 'parse_type' || base === 'parse_type.TypeBuilder') {
      return `${base}.${field(node, 'attribute')!.text}`
    }
  }
  return undefined
}

/** The step type of a decorator name such as `behave.Given`, or undefined. */
export function stepKeyword(name: string | undefined): 'given' | 'when' | 'then' | 'step' | undefined {
  const last = name?.startsWith('behave.') ? name.slice('behave.'.length).toLowerCase() : undefined
  return last === 'given' || last === 'when' || last === 'then' || last === 'step' ? last : undefined
}
