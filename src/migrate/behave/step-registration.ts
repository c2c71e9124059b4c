// A decorated Python step function → brine/behave registrations: one per step decorator, in the
// order behave registers them, each with its origin (file:line of the function's first decorator).
// The translated body receives behave's arguments by name, unnamed ones by position.
import { toCucumberExpression } from './cucumber-pattern.js'
import { bindFields, parseFields, regexFields, type PatternField } from './pattern-fields.js'
import { field, kids, lineOf, type PyNode } from './python-parser.js'
import type { StepDecorator } from './step-decorators.js'
import { translateFunction, untranslatedBody } from './translate/functions.js'
import { Untranslatable } from './translate/untranslatable.js'
import { FunctionScope, safeName, type PyType } from './translate/scope.js'
import { readSignature, type Parameter } from './translate/signature.js'
import { expr } from './translate/expressions.js'
import type { ModuleState } from './translate-module.js'
import { quote } from './translate/quote.js'

export type MatcherName = 'parse' | 'cfparse' | 're' | 're0'

const numeric = new Set(['d', 'n', 'f', 'F', 'e', 'E', 'g', 'G', '%', 'x', 'o', 'b'])

/** What a parse field's value is, from its format spec (`d`, `.2f`, `Number+`…). */
function fieldType(format: string, matcher: MatcherName): PyType {
  if (matcher === 're' || matcher === 're0') return 'any'
  if (format === '') return 'str'
  const last = format.at(-1)!
  if (/^[<>=^]?[+\- ]?#?0?\d*,?(\.\d+)?[a-zA-Z%]$/.test(format)) {
    if (numeric.has(last)) return 'num'
    if ('wWsSl'.includes(last)) return 'str'
  }
  return 'any'
}

function fieldsOf(pattern: string, matcher: MatcherName): PatternField[] {
  return matcher === 're' || matcher === 're0' ? regexFields(pattern) : parseFields(pattern)
}

/**
 * Registers every step decorator of a def. The registrations always happen, as in behave; a body
 * (or signature, or extra decorator) that cannot be translated stays as commented Python.
 */
export function registerStep(
  s: PyNode,
  def: PyNode,
  steps: StepDecorator[],
  state: ModuleState,
  problems: string[] = [],
): string[] {
  const { input, scope } = state
  const origin = `${input.file}:${lineOf(s)}`
  const name = field(def, 'name')!.text
  const all = kids(field(def, 'parameters')!)
  const contextName = !all[0] ? 'context' : all[0].type === 'typed_parameter' ? kids(all[0])[0]!.text : all[0].text
  const acceptsKwargs = all.some((p) => p.type === 'dictionary_splat_pattern')
  let params: Parameter[] = []
  try {
    params = readSignature(def, 1).params
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error
    problems.push(error.reason)
  }
  if (params.some((p) => p.kind !== 'positional'))
    problems.push('step functions with *args, keyword-only parameters or **kwargs are not translated')
  const fieldSets = steps.map((d) => fieldsOf(d.pattern, state.matcher))
  const unnamedCounts = new Set(fieldSets.map((f) => f.filter((x) => x.name === undefined).length))
  const types = new Map(
    params.map((p, i) => [p.name, joinTypes(fieldSets.map((fields) => typeOf(fields, p, i, state.matcher)))]),
  )
  const translated = problems.length
    ? undefined
    : translateFunction(def, scope, undefined, { skip: 1, types, leading: [{ name: contextName, type: 'ctx' }] })
  const untranslated = problems.length ? untranslatedBody(def, scope, problems.join('; ')) : undefined
  const body = {
    lines: translated?.lines ?? untranslated!.lines,
    todos: translated?.todos ?? untranslated!.todos,
    translated: translated?.translated ?? ('not' as const),
    async: translated?.async ?? false,
  }
  const defaults = new Map(
    params.filter((p) => p.defaultNode).map((p) => [p.name, safeExpr(p.defaultNode!, scope)] as const),
  )
  const todos = [...body.todos]
  steps.forEach((d, i) => {
    const python = params.map((p) => ({ name: p.name, ...(p.defaultNode ? { defaultValue: p.defaultNode.text } : {}) }))
    for (const problem of problems.length ? [] : bindFields(fieldSets[i]!, python, acceptsKwargs).problems) {
      todos.push(`${origin}: @${d.keyword}('${d.pattern}'): ${problem} (behave raises TypeError when the step runs)`)
    }
  })
  scope.todos.push(...todos)
  state.results.push(body.translated)
  if (body.translated !== 'fully') state.scope.brineImports.add('pending')
  const fn = `${body.async || body.translated !== 'fully' ? 'async ' : ''}`
  const bodyLines = body.lines.map((l) => `  ${l}`)
  const lines: string[] = []
  const registration = (d: StepDecorator, handler: string) => {
    const cucumber =
      input.toCucumber && !usesStepArgument(def)
        ? toCucumberExpression(d.pattern, state.matcher, input.behaveVersion)
        : undefined
    state.definitions.push({
      origin,
      pattern: cucumber ?? d.pattern,
      matcher: cucumber !== undefined ? 'cucumber-expression' : state.matcher,
      translated: body.translated,
      todos,
    })
    if (cucumber !== undefined) {
      const definer = cucumberDefiner(d.keyword)
      state.scope.brineImports.add(definer.startsWith('Step') ? 'Step' : 'defineTypedStep')
      return `${definer}(${quote(cucumber)}, { origin: ${quote(origin)} }, ${handler})`
    }
    // brine/behave spells them Given/When/Then/Step: a module exporting `then` would be a thenable.
    const definer = d.keyword[0]!.toUpperCase() + d.keyword.slice(1)
    state.scope.behaveImports.add(definer)
    return `${definer}(${quote(d.pattern)}, { origin: ${quote(origin)} }, ${handler})`
  }
  const ctx = safeName(contextName)
  if (!calledByName(s, name) && (steps.length === 1 || unnamedCounts.size === 1)) {
    const destructured = destructure(params, [...unnamedCounts][0]!, defaults)
    if (steps.length === 1) {
      // The registration's closing parenthesis goes after the body.
      const head = registration(steps[0]!, `${fn}(${ctx}, ${destructured}) => {`).slice(0, -1)
      return [head, ...bodyLines, '})']
    }
    const fnName = uniqueName(name, lineOf(s), state)
    state.scope.behaveImports.add('type BehaveArgs')
    state.scope.behaveImports.add('type Context')
    lines.push(`${fn}function ${fnName}(${ctx}: Context, ${destructured}: BehaveArgs) {`, ...bodyLines, '}')
    for (const d of steps) lines.push(registration(d, fnName))
    return lines
  }
  // Called from Python code by name, or stacked patterns that pass different numbers of unnamed
  // arguments: a function with Python's parameters, and an adapter per registration.
  const fnName = uniqueName(name, lineOf(s), state)
  state.scope.behaveImports.add('type Context')
  lines.push(
    `${fn}function ${fnName}(${ctx}: Context${params.map((p) => `, ${safeName(p.name)}: any${defaults.has(p.name) ? ` = ${defaults.get(p.name)}` : ''}`).join('')}) {`,
    ...bodyLines,
    '}',
  )
  steps.forEach((d, i) => {
    const unnamed = fieldSets[i]!.filter((f) => f.name === undefined).length
    const values = params.map((p, j) =>
      j < unnamed ? `args[${j}]` : /^[A-Za-z_$][\w$]*$/.test(p.name) ? `args.${p.name}` : `args[${quote(p.name)}]`,
    )
    lines.push(registration(d, `(${ctx}, args) => ${fnName}(${ctx}${values.map((v) => `, ${v}`).join('')})`))
  })
  return lines
}

/** brine's own definers that keep behave's step-type restriction. */
function cucumberDefiner(keyword: StepDecorator['keyword']): string {
  const type = { given: 'Context', when: 'Action', then: 'Outcome', step: undefined }[keyword]
  return type ? `defineTypedStep('${type}')` : 'Step'
}

/** `{ 0: first, name = 1 }`: unnamed arguments by position, the others by name, Python defaults kept. */
function destructure(params: Parameter[], unnamed: number, defaults: Map<string, string>): string {
  if (params.length === 0) return '_args'
  const parts = params.map((p, i) => {
    const local = safeName(p.name)
    const key = i < unnamed ? String(i) : p.name
    const head = key === local ? local : `${/^[A-Za-z_$][\w$]*$|^\d+$/.test(key) ? key : quote(key)}: ${local}`
    return defaults.has(p.name) ? `${head} = ${defaults.get(p.name)}` : head
  })
  return `{ ${parts.join(', ')} }`
}

/** A default value's code; a default outside the subset is left undefined (behave passes a value). */
function safeExpr(node: PyNode, scope: ModuleState['scope']): string {
  try {
    return expr(node, new FunctionScope(scope)).code
  } catch (error) {
    if (!(error instanceof Untranslatable)) throw error
    return 'undefined'
  }
}

/** Whether other code in the module calls the step function by its name. */
function calledByName(def: PyNode, name: string): boolean {
  const uses = (usesByTree.get(def.tree) ?? indexUses(def)).get(name) ?? []
  return uses.some((at) => at < def.startIndex || at >= def.endIndex)
}

// Where each name is used in a module (not where a def names itself), read once per module.
const usesByTree = new WeakMap<object, Map<string, number[]>>()

function indexUses(def: PyNode): Map<string, number[]> {
  const uses = new Map<string, number[]>()
  for (const id of def.tree.rootNode.descendantsOfType('identifier')) {
    if (!id) continue
    // Another `def step_impl` (the usual name of every step function) is not a call.
    const parent = id.parent
    if (parent?.type === 'function_definition' && parent.childForFieldName('name')?.startIndex === id.startIndex)
      continue
    const list = uses.get(id.text) ?? []
    list.push(id.startIndex)
    uses.set(id.text, list)
  }
  usesByTree.set(def.tree, uses)
  return uses
}

/** Whether the body reads context.table or context.text, which only behave's registration sets. */
function usesStepArgument(def: PyNode): boolean {
  return field(def, 'body')!
    .descendantsOfType('attribute')
    .some((a) => a && ['table', 'text'].includes(field(a, 'attribute')!.text))
}

function typeOf(fields: PatternField[], param: Parameter, index: number, matcher: MatcherName): PyType {
  const unnamed = fields.filter((f) => f.name === undefined)
  const f = index < unnamed.length ? unnamed[index] : fields.find((x) => x.name === param.name)
  return f ? fieldType(f.format, matcher) : 'any'
}

function joinTypes(types: PyType[]): PyType {
  return types.every((t) => t === types[0]) ? types[0]! : 'any'
}

function uniqueName(name: string, line: number, state: ModuleState): string {
  const base = safeName(name)
  const chosen = state.functionNames.has(base) ? `${base}_${line}` : base
  state.functionNames.add(chosen)
  return chosen
}
