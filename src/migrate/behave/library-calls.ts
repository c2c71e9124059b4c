// Module-level calls of behave's own API: use_step_matcher (a matcher switch, or in
// environment.py the default for every step file) and register_type with its converters —
// translated functions, int/float, or parse_type TypeBuilder calls with static arguments.
import { behaveNamesOf } from './decorator-kinds.js'
import { field, kids, type PyNode } from './python-parser.js'
import { stringValue } from './python-string.js'
import { expr } from './translate/expressions.js'
import { quote } from './translate/quote.js'
import { FunctionScope, safeName } from './translate/scope.js'
import { Untranslatable } from './translate/untranslatable.js'
import type { ModuleState } from './translate-module.js'

/** use_step_matcher / register_type calls at module level. */
export function libraryCall(call: PyNode, state: ModuleState): string[] | undefined {
  const ref = behaveNamesOf(field(call, 'function')!, state.scope, state.input.kind === 'steps')
  if (!ref) return undefined
  const args = kids(field(call, 'arguments')!)
  if (ref.qualified === 'behave.use_step_matcher' || ref.qualified === 'behave.step_matcher') {
    const name = args[0] && stringValue(args[0])
    if (name !== 'parse' && name !== 'cfparse' && name !== 're' && name !== 're0') {
      throw new Untranslatable(call, `use_step_matcher(${args[0]?.text ?? ''}) is not a known matcher`)
    }
    state.matcher = name
    state.results.push('fully')
    if (state.input.kind === 'environment') {
      // In environment.py it sets the matcher every step file starts with.
      state.scope.behaveImports.add('setDefaultStepMatcher')
      return [`setDefaultStepMatcher(${quote(name)})`]
    }
    state.scope.behaveImports.add('useStepMatcher')
    return [`useStepMatcher(${quote(name)})`]
  }
  if (ref.qualified === 'behave.register_type') {
    const entries = args.map((a) => {
      if (a.type !== 'keyword_argument')
        throw new Untranslatable(a, 'register_type() with a dict argument is not translated')
      return `${field(a, 'name')!.text}: ${typeConverter(field(a, 'value')!, state)}`
    })
    state.scope.behaveImports.add('registerType')
    state.results.push('fully')
    return [`registerType({ ${entries.join(', ')} })`]
  }
  return undefined
}

export function isTypeBuilderCall(node: PyNode, state: ModuleState): boolean {
  if (node.type !== 'call') return false
  return (
    behaveNamesOf(field(node, 'function')!, state.scope, false)?.qualified.startsWith('parse_type.TypeBuilder.') ??
    false
  )
}

// parse_type's TypeBuilder methods and their parameters (keyword arguments are placed by these).
const TYPE_BUILDER: Record<string, string[]> = {
  make_enum: ['mapping'],
  make_choice: ['choices', 'transform', 'strict'],
  make_choice2: ['choices', 'transform', 'strict'],
  make_variant: ['converters'],
  make_list: ['item_converter', 'listsep'],
  with_cardinality: ['cardinality', 'converter', 'pattern', 'listsep'],
  with_zero_or_one: ['converter', 'pattern'],
  with_optional: ['converter', 'pattern'],
  with_zero_or_more: ['converter', 'pattern', 'listsep'],
  with_many0: ['converter', 'pattern', 'listsep'],
  with_one_or_more: ['converter', 'pattern', 'listsep'],
  with_many: ['converter', 'pattern', 'listsep'],
}

// str methods passed as a transform (str.lower) → the JavaScript function they stand for.
const STR_FUNCTIONS: Record<string, string> = {
  'str.lower': '(text: string) => text.toLowerCase()',
  'str.upper': '(text: string) => text.toUpperCase()',
  'str.strip': '(text: string) => text.trim()',
  'str.title': '(text: string) => py.title(text)',
}

function converterArgument(a: PyNode, state: ModuleState): string {
  if (a.type === 'identifier' && state.scope.names.get(a.text)) return safeName(a.text)
  if (a.type === 'call') return typeConverter(a, state)
  const fn = STR_FUNCTIONS[a.text.replace(/\s/g, '')]
  if (fn) {
    if (fn.includes('py.')) state.scope.usesBuiltins = true
    return fn
  }
  return expr(a, new FunctionScope(state.scope)).code
}

/** A converter passed to register_type: a translated function, a lambda or a parse_type TypeBuilder call. */
export function typeConverter(node: PyNode, state: ModuleState): string {
  if (node.type === 'identifier') {
    const binding = state.scope.names.get(node.text)
    if (binding?.kind === 'function' || binding?.kind === 'value') return safeName(node.text)
    if (node.text === 'int' || node.text === 'float') return `(text: string) => ${state.scope.builtin(node.text)}(text)`
    throw new Untranslatable(node, `type converter ${node.text} is not translated`)
  }
  // register_type(custom=lambda s: s.upper())
  if (node.type === 'lambda') return expr(node, new FunctionScope(state.scope)).code
  if (node.type === 'call') {
    const callee = field(node, 'function')!
    const ref = behaveNamesOf(callee, state.scope, false)
    const method = callee.type === 'attribute' ? field(callee, 'attribute')!.text : undefined
    if (ref?.qualified.startsWith('parse_type.TypeBuilder.') && method) {
      const camel = method.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
      const params = TYPE_BUILDER[method]
      if (!params) throw new Untranslatable(node, `TypeBuilder.${method}() is not translated`)
      const values: string[] = []
      for (const [i, a] of kids(field(node, 'arguments')!).entries()) {
        const keyword = a.type === 'keyword_argument' ? field(a, 'name')!.text : undefined
        const at = keyword === undefined ? i : params.indexOf(keyword)
        if (at < 0) throw new Untranslatable(a, `TypeBuilder.${method}(${keyword}=…) is not translated`)
        while (values.length < at) values.push('undefined')
        values[at] = converterArgument(keyword === undefined ? a : field(a, 'value')!, state)
      }
      state.scope.behaveImports.add('TypeBuilder')
      return `TypeBuilder.${camel}(${values.join(', ')})`
    }
  }
  throw new Untranslatable(node, `type converter ${node.text} is not statically resolvable`)
}
