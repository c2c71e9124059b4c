// The top-level statements of a Python module → TypeScript, one unit each: step definitions,
// environment hooks, functions and classes (decorated or not), module-level values and the code
// that runs at import. Nothing at the top level may throw while the module loads: values that
// could are computed through py.atImport (a placeholder if they fail), statements run through
// py.runAtImport, and what cannot be translated stays as commented Python plus placeholders.
import { environmentHook } from './environment-hooks.js'
import { isTypeBuilderCall, libraryCall, typeConverter } from './library-calls.js'
import { field, kids, lineOf, type PyNode } from './python-parser.js'
import { stringValue } from './python-string.js'
import { readDecorators } from './step-decorators.js'
import { registerStep } from './step-registration.js'
import { translateClass } from './translate/classes.js'
import { expr } from './translate/expressions.js'
import { commentedPython, translateFunction } from './translate/functions.js'
import { quote } from './translate/quote.js'
import { FunctionScope, safeName } from './translate/scope.js'
import { statement, type BlockState } from './translate/statements.js'
import { Untranslatable } from './translate/untranslatable.js'
import type { ModuleState } from './translate-module.js'
import { decoratedLines } from './translate/decorated.js'

export interface Unit {
  lines: string[]
  /** The Python line each output line came from (a statement inside a function, or the unit). */
  sources: number[]
}

const unit = (lines: string[], line: number, sources?: number[]): Unit => ({
  lines,
  sources: sources ?? lines.map(() => line),
})

/** One top-level statement as a unit. Throws Untranslatable for what stays commented. */
export function topLevel(s: PyNode, state: ModuleState): Unit {
  const { scope, input } = state
  const line = lineOf(s)
  if (s.type === 'decorated_definition') return decorated(s, state)
  if (s.type === 'function_definition') {
    if (input.kind === 'environment') {
      const hook = environmentHook(s, state)
      if (hook) return unit(hook, line)
    }
    return plainFunction(s, state)
  }
  if (s.type === 'class_definition') {
    const result = translateClass(s, scope, undefined, true)
    scope.todos.push(...result.todos)
    state.results.push(result.translated)
    return unit(result.lines, line, result.sources)
  }
  const inner = s.type === 'expression_statement' ? kids(s)[0]! : undefined
  if (inner?.type === 'call') {
    const special = libraryCall(inner, state)
    if (special) return unit(special, line)
  }
  if (inner && stringValue(inner) !== undefined) return unit([`// ${inner.text.replace(/\n/g, '\n// ')}`], line)
  if (
    inner?.type === 'assignment' &&
    field(inner, 'left')!.type === 'identifier' &&
    field(inner, 'right')?.type !== 'assignment'
  ) {
    const name = field(inner, 'left')!.text
    const right = field(inner, 'right')
    state.results.push('fully')
    if (!right) return unit([], line)
    // A name assigned again at the top level (the same table defined twice) is declared once.
    const assigned = (state.assigned ??= new Set())
    const declare = assigned.has(name) ? '' : 'export let '
    assigned.add(name)
    if (isTypeBuilderCall(right, state))
      return unit([`${declare}${safeName(name)} = ${typeConverter(right, state)}`], line)
    const value = expr(right, new FunctionScope(scope))
    const code = safe(right)
      ? value.code
      : `${scope.builtin('atImport')}(${quote(name)}, ${quote(where(state, s))}, () => ${value.code.startsWith('{') ? `(${value.code})` : value.code})`
    return unit([`${declare}${safeName(name)} = ${code}`], line)
  }
  // The script entry point of a helper module never runs when behave imports it.
  if (
    s.type === 'if_statement' &&
    /^__name__==(['"])__main__\1$/.test(field(s, 'condition')!.text.replace(/\s/g, ''))
  ) {
    state.results.push('fully')
    return unit(['// The script entry point never runs when behave imports the module:', ...commentedPython([s])], line)
  }
  // Anything else runs once, at import.
  const block: BlockState = {
    scope: new FunctionScope(scope),
    depth: 1,
    hoisted: new Set(),
    globals: state.moduleNames,
    awaits: false,
    generator: false,
    loops: [],
    nestedFunction: () => {
      throw new Untranslatable(s, 'a def inside a top-level statement is not translated')
    },
  }
  for (const name of state.moduleNames) block.scope.declared.add(name)
  const lines = statement(s, block)
  if (block.awaits) throw new Untranslatable(s, 'await at the top level of a module is not translated')
  state.results.push('fully')
  const body = [
    ...(block.hoisted.size ? [`let ${[...block.hoisted].map((n) => `${n}: any`).join(', ')}`] : []),
    ...lines,
  ]
  return unit(
    [`${scope.builtin('runAtImport')}(${quote(where(state, s))}, () => {`, ...body.map((l) => `  ${l}`), '})'],
    line,
  )
}

const where = (state: ModuleState, s: PyNode) => `${state.input.file}:${lineOf(s)}`

/** Values that cannot throw while they are computed. */
function safe(node: PyNode): boolean {
  switch (node.type) {
    case 'integer':
    case 'float':
    case 'true':
    case 'false':
    case 'none':
    case 'identifier':
    case 'lambda':
      return true
    case 'string':
    case 'concatenated_string':
      return stringValue(node) !== undefined
    case 'unary_operator':
    case 'parenthesized_expression':
    case 'list':
    case 'tuple':
    case 'set':
    case 'dictionary':
    case 'pair':
      return kids(node).every(safe)
    default:
      return false
  }
}

function decorated(s: PyNode, state: ModuleState): Unit {
  const def = field(s, 'definition')!
  const line = lineOf(s)
  const info = readDecorators(s, state.scope, state.input.kind === 'steps')
  if (def.type === 'function_definition' && info.steps.length)
    return unit(
      registerStep(
        s,
        def,
        info.steps,
        state,
        info.problems.map((p) => p.message),
      ),
      line,
    )
  if (def.type === 'function_definition' && info.fixture && !info.others.length) {
    const hook = environmentHook(def, state, true)
    if (hook) return unit(hook, line)
  }
  if (def.type === 'function_definition' && info.withPattern !== undefined && !info.others.length) {
    state.scope.behaveImports.add('withPattern')
    const fn = plainFunction(def, state)
    return unit([...fn.lines, `withPattern(${quote(info.withPattern)}, ${safeName(field(def, 'name')!.text)})`], line, [
      ...fn.sources,
      line,
    ])
  }
  if (info.problems.length && !info.others.length)
    throw new Untranslatable(s, info.problems.map((p) => p.message).join('; '))
  // Other decorators: `name = deco(definition)`, applied at import as Python applies them.
  const name = safeName(field(def, 'name')!.text)
  const inner = def.type === 'class_definition' ? translateClass(def, state.scope, undefined, false) : undefined
  const fn = inner ? undefined : plainFunction(def, state, false)
  if (inner) {
    state.scope.todos.push(...inner.todos)
    state.results.push(inner.translated)
  }
  const body = inner?.lines ?? fn!.lines
  const decorators = info.others.map((d) => expr(d, new FunctionScope(state.scope)).code)
  const value = decoratedLines(field(def, 'name')!.text, body, decorators, state.scope.builtin('named'))
  const lines = [
    `export const ${name} = ${state.scope.builtin('atImport')}(${quote(name)}, ${quote(where(state, s))}, () => ${value[0]}`,
    ...value.slice(1, -1),
    `${value.at(-1)})`,
  ]
  return unit(lines, line, [line, ...(inner?.sources ?? fn!.sources).slice(1, -1), line])
}

/** A module-level def → an exported TypeScript function. */
function plainFunction(def: PyNode, state: ModuleState, exported = true): Unit {
  const name = field(def, 'name')!.text
  const first = kids(field(def, 'parameters')!)[0]
  const context =
    first?.type === 'identifier' && first.text === 'context' ? new Map([['context', 'ctx' as const]]) : undefined
  const fn = translateFunction(def, state.scope, undefined, {
    ...(context ? { types: context } : {}),
    runtime: state.scope.project?.runtimeNames.has(name),
  })
  state.scope.todos.push(...fn.todos)
  state.results.push(fn.translated)
  if (fn.translated !== 'fully') state.scope.brineImports.add('pending')
  const params = context ? fn.params.replace(/\bcontext: any/, 'context: Context') : fn.params
  if (params !== fn.params) state.scope.behaveImports.add('type Context')
  const head = `${exported ? 'export ' : ''}${fn.async ? 'async ' : ''}function${fn.generator ? '*' : ''} ${safeName(name)}(${params}) {`
  return { lines: [head, ...fn.lines.map((l) => `  ${l}`), '}'], sources: [lineOf(def), ...fn.sources, lineOf(def)] }
}

/** The module-level names a top-level statement binds. */
export function definedNames(s: PyNode): string[] {
  const def = s.type === 'decorated_definition' ? field(s, 'definition')! : s
  if (def.type === 'class_definition' || def.type === 'function_definition') return [field(def, 'name')!.text]
  const out: string[] = []
  const visit = (n: PyNode) => {
    if (n.type === 'assignment' || n.type === 'augmented_assignment') {
      let target: PyNode | undefined = n
      while (target?.type === 'assignment') {
        collect(field(target, 'left')!)
        target = field(target, 'right')
      }
      if (n.type === 'augmented_assignment') collect(field(n, 'left')!)
    } else if (n.type === 'for_statement') collect(field(n, 'left')!)
    else if (n.type === 'with_item') {
      const value = field(n, 'value')
      if (value?.type === 'as_pattern') collect(field(value, 'alias')!)
    } else if (n.type === 'as_pattern' && n.parent?.type === 'except_clause')
      collect(field(n, 'alias') ?? kids(n).at(-1)!)
    if (['function_definition', 'class_definition', 'lambda'].includes(n.type)) return
    for (const k of kids(n)) visit(k)
  }
  const collect = (t: PyNode) => {
    if (t.type === 'identifier') out.push(t.text)
    else if (
      [
        'pattern_list',
        'tuple_pattern',
        'list_pattern',
        'tuple',
        'list',
        'parenthesized_expression',
        'as_pattern_target',
        'list_splat_pattern',
      ].includes(t.type)
    )
      kids(t).forEach(collect)
  }
  visit(def)
  return [...new Set(out)]
}
