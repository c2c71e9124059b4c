// One Python module of a behave project → one TypeScript module: step definitions registered with
// brine/behave (origin recorded), helper functions and classes exported, behave's matcher switches
// and custom types kept in order. Top-level statements that cannot be translated stay as comments.
import type { DefinitionReport, ModuleReport, Translation } from '../migration.js'
import { environmentHook } from './environment-hooks.js'
import { translateImport, type ImportContext } from './module-imports.js'
import { field, kids, lineOf, type PyNode } from './python-parser.js'
import { stringValue } from './python-string.js'
import { readDecorators } from './step-decorators.js'
import { registerStep, type MatcherName } from './step-registration.js'
import { translateClass } from './translate/classes.js'
import { expr } from './translate/expressions.js'
import { commentedPython, paramList, pythonParams, translateBody } from './translate/functions.js'
import { FunctionScope, ModuleScope, safeName, type Binding } from './translate/scope.js'
import { Untranslatable } from './translate/untranslatable.js'
import { isTypeBuilderCall, libraryCall, typeConverter } from './library-calls.js'
import { quote } from './translate/quote.js'

export type ModuleKind = 'steps' | 'environment' | 'helper'

export interface ModuleInput {
  root: PyNode
  /** Project-relative path of the .py file. */
  file: string
  kind: ModuleKind
  imports: ImportContext
  /** Import specifier of the generated python-builtins module. */
  builtinsSpecifier: string
  /** The matcher a step module starts with (behave resets it for every step file). */
  defaultMatcher: MatcherName
  toCucumber: boolean
  behaveVersion: '1.2' | '1.3'
}

export interface ModuleOutput {
  content: string
  definitions: DefinitionReport[]
  report: ModuleReport
  exports: Map<string, Binding>
}

export interface ModuleState {
  input: ModuleInput
  scope: ModuleScope
  matcher: MatcherName
  definitions: DefinitionReport[]
  results: Translation[]
  /** Python function names already used for a generated function. */
  functionNames: Set<string>
}

export function translateModule(input: ModuleInput): ModuleOutput {
  const scope = new ModuleScope()
  const state: ModuleState = {
    input,
    scope,
    matcher: input.defaultMatcher,
    definitions: [],
    results: [],
    functionNames: new Set(),
  }
  const importLines: string[] = []
  const body: string[] = []
  const statements = kids(input.root)
  for (const s of statements)
    if (s.type.includes('import')) importLines.push(...translateImport(s, scope, input.imports))
  declareTopLevel(statements, scope)
  if (input.kind === 'steps' && statements.some(registersSteps(state))) {
    state.scope.behaveImports.add('setBehaveVersion')
    body.push(`setBehaveVersion('${input.behaveVersion}')`)
    if (input.defaultMatcher !== 'parse') {
      // environment.py chose the matcher every step file starts with.
      state.scope.behaveImports.add('useStepMatcher')
      body.push(`useStepMatcher(${quote(input.defaultMatcher)})`)
    }
    body.push('')
  }
  for (const s of statements) {
    if (s.type.includes('import')) continue
    try {
      const lines = topLevel(s, state)
      if (lines.length) body.push(...lines, '')
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error
      scope.todos.push(`${input.file}:${lineOf(error.node)}: ${error.reason}`)
      state.results.push('not')
      body.push(`// Not translated from Python (${error.reason}):`, ...commentedPython([s]))
      // Names it defines still exist, so code that uses them reaches pending() instead of a ReferenceError.
      for (const name of definedNames(s)) {
        body.push(`export const ${safeName(name)}: any = ${scope.builtin('untranslated')}(${quote(name)})`)
      }
      body.push('')
    }
  }
  const exports = new Map<string, Binding>()
  for (const [name, binding] of scope.names)
    if (binding.kind !== 'external' && binding.kind !== 'module') exports.set(name, binding)
  const translated: Translation = state.results.every((r) => r === 'fully')
    ? 'fully'
    : state.results.every((r) => r === 'not')
      ? 'not'
      : 'partly'
  return {
    content: header(state, importLines) + body.join('\n').replace(/\n+$/, '\n'),
    definitions: state.definitions,
    report: { path: input.file, translated, todos: scope.todos },
    exports,
  }
}

function header(state: ModuleState, importLines: string[]): string {
  const lines = [`// Migrated from ${state.input.file} by \`brine migrate behave\`.`]
  if (state.scope.behaveImports.size)
    lines.push(`import { ${[...state.scope.behaveImports].sort().join(', ')} } from 'brine/behave'`)
  if (state.scope.brineImports.size)
    lines.push(`import { ${[...state.scope.brineImports].sort().join(', ')} } from 'brine'`)
  if (state.scope.usesExpect) lines.push(`import { expect } from 'vitest'`)
  if (state.scope.usesBuiltins) lines.push(`import * as py from '${state.input.builtinsSpecifier}'`)
  return [...lines, ...importLines, '', ''].join('\n')
}

/** Names defined at module level, known before any body is translated (Python looks them up late). */
function declareTopLevel(statements: PyNode[], scope: ModuleScope): void {
  for (const s of statements) {
    const def = s.type === 'decorated_definition' ? field(s, 'definition')! : s
    if (def.type === 'function_definition') {
      const params = kids(field(def, 'parameters')!).map((p) =>
        p.type === 'identifier' ? p.text : (field(p, 'name')?.text ?? p.text),
      )
      scope.names.set(field(def, 'name')!.text, { kind: 'function', params })
    } else if (def.type === 'class_definition') scope.names.set(field(def, 'name')!.text, { kind: 'class' })
    else if (def.type === 'expression_statement' && kids(def)[0]?.type === 'assignment') {
      const left = field(kids(def)[0]!, 'left')!
      if (left.type !== 'identifier') continue
      const value = stringValue(field(kids(def)[0]!, 'right') ?? left)
      if (scope.names.has(left.text) || value === undefined) scope.constants.delete(left.text)
      else scope.constants.set(left.text, value)
      if (!scope.names.has(left.text)) scope.names.set(left.text, { kind: 'value' })
    }
  }
}

/** The module-level names a top-level statement binds. */
function definedNames(s: PyNode): string[] {
  const def = s.type === 'decorated_definition' ? field(s, 'definition')! : s
  if (def.type === 'class_definition' || def.type === 'function_definition') return [field(def, 'name')!.text]
  const inner = def.type === 'expression_statement' ? kids(def)[0] : undefined
  if (inner?.type !== 'assignment') return []
  const left = field(inner, 'left')!
  const targets = left.type === 'identifier' ? [left] : kids(left).filter((n) => n.type === 'identifier')
  return targets.map((t) => t.text)
}

const registersSteps = (state: ModuleState) => (s: PyNode) =>
  s.type === 'decorated_definition' && readDecorators(s, state.scope, true).steps.length > 0

function topLevel(s: PyNode, state: ModuleState): string[] {
  const { scope, input } = state
  if (s.type === 'decorated_definition') return decorated(s, state)
  if (s.type === 'function_definition') {
    if (input.kind === 'environment') {
      const hook = environmentHook(s, state)
      if (hook) return hook
    }
    return plainFunction(s, state)
  }
  if (s.type === 'class_definition') {
    const result = translateClass(s, scope, input.file, true)
    scope.todos.push(...result.todos)
    state.results.push(result.translated)
    return result.lines
  }
  if (s.type === 'expression_statement') {
    const inner = kids(s)[0]!
    if (inner.type === 'call') {
      const special = libraryCall(inner, state)
      if (special) return special
    }
    if (inner.type === 'string') return [`// ${inner.text.replace(/\n/g, '\n// ')}`]
    if (inner.type === 'assignment' && field(inner, 'left')!.type === 'identifier') {
      const name = field(inner, 'left')!.text
      const right = field(inner, 'right')!
      if (isTypeBuilderCall(right, state)) {
        state.results.push('fully')
        return [`export const ${safeName(name)} = ${typeConverter(right, state)}`]
      }
      const value = expr(right, new FunctionScope(scope))
      state.results.push('fully')
      return [`export let ${safeName(name)} = ${value.code}`]
    }
  }
  // The script entry point of a helper module never runs when behave imports it.
  if (
    s.type === 'if_statement' &&
    ["__name__=='__main__'", '__name__=="__main__"'].includes(field(s, 'condition')!.text.replace(/\s/g, ''))
  ) {
    state.results.push('fully')
    return []
  }
  throw new Untranslatable(s, `top-level ${s.type.replace(/_/g, ' ')} is not translated`)
}

function decorated(s: PyNode, state: ModuleState): string[] {
  const def = field(s, 'definition')!
  if (def.type === 'class_definition') throw new Untranslatable(s, 'decorated classes are not translated')
  const info = readDecorators(s, state.scope, state.input.kind === 'steps')
  if (info.steps.length)
    return registerStep(
      s,
      def,
      info.steps,
      state,
      info.problems.map((p) => p.message),
    )
  if (info.problems.length) throw new Untranslatable(s, info.problems.map((p) => p.message).join('; '))
  if (info.fixture) {
    const hook = environmentHook(def, state, true)
    if (hook) return hook
  }
  if (info.withPattern !== undefined) {
    state.scope.behaveImports.add('withPattern')
    const lines = plainFunction(def, state)
    return [...lines, `withPattern(${quote(info.withPattern)}, ${field(def, 'name')!.text})`]
  }
  throw new Untranslatable(s, 'decorated function is not translated')
}

/** A module-level def → an exported TypeScript function. */
function plainFunction(def: PyNode, state: ModuleState): string[] {
  const name = field(def, 'name')!.text
  const scope = new FunctionScope(state.scope)
  const params = pythonParams(def, scope, 0).map((p) => (p.name === 'context' ? { ...p, type: 'ctx' as const } : p))
  const body = translateBody(def, state.scope, undefined, { params, file: state.input.file })
  state.scope.todos.push(...body.todos)
  state.results.push(body.translated)
  if (body.translated !== 'fully') state.scope.brineImports.add('pending')
  const typed = paramList(params).replace(/\bcontext: any/, 'context: Context')
  if (typed !== paramList(params)) state.scope.behaveImports.add('type Context')
  return [
    `export ${body.async ? 'async ' : ''}function ${safeName(name)}(${typed}) {`,
    ...body.lines.map((l) => `  ${l}`),
    '}',
  ]
}
