// One Python module of a behave project → one TypeScript module: step definitions registered with
// brine/behave (origin recorded), helper functions and classes exported, behave's matcher switches
// and custom types kept in order. The output is checked with TypeScript before it is returned;
// where it would not parse or load, that statement (else the whole top-level unit) falls back to
// commented Python plus a TODO, and the module is written again.
import type { DefinitionReport, ModuleReport, Translation } from '../migration.js'
import { loadProblems } from './emit-check.js'
import { emptyImports, localImport, translateImport, type ImportContext, type ImportLines } from './module-imports.js'
import { definedNames, topLevel, type Unit } from './module-units.js'
import { indexProject, type ProjectIndex } from './project-index.js'
import { field, kids, lineOf, type PyNode } from './python-parser.js'
import { stringValue } from './python-string.js'
import { readDecorators } from './step-decorators.js'
import type { MatcherName } from './step-registration.js'
import { classBinding } from './translate/classes.js'
import { commentedPython } from './translate/functions.js'
import { quote } from './translate/quote.js'
import { ModuleScope, safeName, type Binding } from './translate/scope.js'
import { readSignature } from './translate/signature.js'
import { Untranslatable } from './translate/untranslatable.js'

export type ModuleKind = 'steps' | 'environment' | 'helper'

export interface ModuleInput {
  root: PyNode
  /** Project-relative path of the .py file. */
  file: string
  kind: ModuleKind
  imports: ImportContext
  /** Import specifier of brine/python. */
  builtinsSpecifier: string
  /** The matcher a step module starts with (behave resets it for every step file). */
  defaultMatcher: MatcherName
  toCucumber: boolean
  behaveVersion: '1.2' | '1.3'
  /** Project-wide facts; absent when one module is translated on its own. */
  project?: ProjectIndex
  /** Import specifiers of project modules this one patches (imported so they register). */
  patchedModules?: string[]
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
  /** Every name the module binds at its top level. */
  moduleNames: Set<string>
  /** Names bound only inside top-level statements that run at import (loops, ifs, unpacking). */
  lateNames: Set<string>
  /** Names a top-level assignment has declared already: assigning one again is a plain assignment. */
  assigned?: Set<string>
}

const ATTEMPTS = 12

export function translateModule(given: ModuleInput): ModuleOutput {
  // A module translated on its own is its own project.
  const input = given.project
    ? given
    : { ...given, project: indexProject(new Map([[given.file, given.root]]), () => undefined) }
  const stops = new Map<number, string>()
  let output = translateOnce(input, stops)
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const problem = loadProblems(output.content)[0]
    if (!problem) return output
    const reason = `its translation does not load (${problem.message})`
    const statementLine = output.sources[problem.line - 1] ?? 0
    const unitLine = output.units[problem.line - 1] ?? 0
    // The statement first; if that changed nothing, the whole top-level unit.
    const line = statementLine && !stops.has(statementLine) ? statementLine : unitLine
    if (!line || stops.has(line)) break
    stops.set(line, reason)
    output = translateOnce(input, stops)
  }
  return loadProblems(output.content).length ? commentedModule(input, output) : output
}

interface Attempt extends ModuleOutput {
  /** Per output line: the Python statement it came from. */
  sources: number[]
  /** Per output line: the top-level statement it belongs to. */
  units: number[]
}

function translateOnce(input: ModuleInput, stops: Map<number, string>): Attempt {
  const scope = new ModuleScope(input.project, input.file)
  for (const [line, reason] of stops) scope.stops.set(line, reason)
  const state: ModuleState = {
    input,
    scope,
    matcher: input.defaultMatcher,
    definitions: [],
    results: [],
    functionNames: new Set(),
    moduleNames: new Set(),
    lateNames: new Set(),
  }
  const statements = kids(input.root)
  const imports = emptyImports()
  for (const s of statements) if (isImport(s)) translateImport(s, scope, input.imports, imports)
  // Imports inside functions run where they are: the module is a namespace import at the top.
  for (const s of nestedImports(input.root))
    scope.localImports.set(s.startIndex, localImport(s, scope, input.imports, imports))
  declareTopLevel(statements, state)
  const body: (Unit & { unit: number })[] = []
  if (input.kind === 'steps' && statements.some(registersSteps(state))) {
    state.scope.behaveImports.add('setBehaveVersion')
    const lines = [`setBehaveVersion('${input.behaveVersion}')`]
    if (input.defaultMatcher !== 'parse') {
      // environment.py chose the matcher every step file starts with.
      state.scope.behaveImports.add('useStepMatcher')
      lines.push(`useStepMatcher(${quote(input.defaultMatcher)})`)
    }
    body.push({ lines: [...lines, ''], sources: [0, ...lines.map(() => 0)], unit: 0 })
  }
  // Names bound in compound statements and unpackings are declared first, as module variables.
  const declared = new Set<string>()
  for (const s of statements) {
    if (isImport(s)) continue
    const line = lineOf(s)
    let u: Unit
    try {
      const stop = stops.get(line)
      if (stop) throw new Untranslatable(s, stop)
      u = topLevel(s, state)
    } catch (error) {
      if (!(error instanceof Untranslatable)) throw error
      scope.todos.push(`${input.file}:${lineOf(error.node)}: ${error.reason}`)
      state.results.push('not')
      // Names it defines still exist, so code that uses them fails only when it runs.
      const lines = [`// Not translated from Python (${error.reason}):`, ...commentedPython([s])]
      for (const name of definedNames(s)) {
        if (declared.has(name)) continue
        declared.add(name)
        lines.push(
          `export const ${safeName(name)}: any = ${scope.builtin('untranslated')}(${quote(name)}, ${quote(`${input.file}:${line}`)})`,
        )
      }
      u = { lines, sources: lines.map(() => line) }
    }
    if (!u.lines.length) continue
    body.push({ lines: [...u.lines, ''], sources: [...u.sources, line], unit: line })
    for (const l of u.lines)
      if (/^export (let|const|function|class|async function)/.test(l)) declared.add(exportedName(l))
  }
  const late = [...state.lateNames].filter((n) => !declared.has(safeName(n)) && !isImported(n, scope, imports))
  const registration = patchRegistration(input, state)
  const exports = new Map<string, Binding>()
  for (const [name, binding] of scope.names)
    if (binding.kind !== 'external' && binding.kind !== 'library') exports.set(name, binding)
  const translated: Translation = state.results.every((r) => r === 'fully')
    ? 'fully'
    : state.results.every((r) => r === 'not')
      ? 'not'
      : 'partly'
  const head = header(state, imports, late)
  const content: string[] = [...head]
  const sources: number[] = head.map(() => 0)
  const units: number[] = head.map(() => 0)
  for (const u of body) {
    content.push(...u.lines)
    sources.push(...u.sources)
    units.push(...u.lines.map(() => u.unit))
  }
  content.push(...registration)
  return {
    content: content.join('\n').replace(/\n+$/, '\n'),
    sources,
    units,
    definitions: state.definitions,
    report: { path: input.file, translated, todos: [...new Set(scope.todos)] },
    exports,
  }
}

function nestedImports(root: PyNode): PyNode[] {
  const all = [...root.descendantsOfType('import_statement'), ...root.descendantsOfType('import_from_statement')]
  // (Nodes are fresh objects on every read: compare what they are, not their identity.)
  return all.filter((n): n is PyNode => n !== null && n.parent?.type !== 'module')
}

const isImport = (s: PyNode) =>
  s.type === 'import_statement' || s.type === 'import_from_statement' || s.type === 'future_import_statement'

const exportedName = (line: string) =>
  /^export (?:let|const|function\*?|class|async function\*?) ([\w$]+)/.exec(line)?.[1] ?? ''

function isImported(name: string, scope: ModuleScope, imports: ImportLines): boolean {
  const binding = scope.names.get(name)
  return (
    binding?.kind === 'library' ||
    binding?.kind === 'external' ||
    [...imports.imports.values()].some((s) => [...s].some((n) => n.split(' as ').at(-1) === safeName(name)))
  )
}

function header(state: ModuleState, imports: ImportLines, late: string[]): string[] {
  const { scope, input } = state
  const lines = [`// Migrated from ${input.file} by \`brine migrate behave\`.`]
  if (scope.behaveImports.size)
    lines.push(`import { ${[...scope.behaveImports].sort().join(', ')} } from 'brine/behave'`)
  if (scope.brineImports.size) lines.push(`import { ${[...scope.brineImports].sort().join(', ')} } from 'brine'`)
  if (scope.usesExpect) lines.push(`import { expect } from 'vitest'`)
  if (scope.usesBuiltins || scope.libraryUses.size) lines.push(`import * as py from '${input.builtinsSpecifier}'`)
  const patched = input.project?.patched.get(input.file)?.names ?? new Set<string>()
  const defined = state.moduleNames
  const reexports: string[] = []
  const rebound: string[] = []
  for (const [specifier, names] of imports.imports) {
    const specs: string[] = []
    for (const spec of names) {
      const local = spec.split(' as ').at(-1)!
      // A name the module defines again is its own; a name imported twice is the later import's.
      if (defined.has(local) || imports.origins.get(local) !== specifier) continue
      if (patched.has(local)) {
        specs.push(`${spec.split(' as ')[0]} as ${local}__imported`)
        rebound.push(`let ${local} = ${local}__imported`)
      } else specs.push(spec)
      reexports.push(local)
    }
    if (specs.length) lines.push(`import { ${specs.join(', ')} } from '${specifier}'`)
  }
  for (const [local, specifier] of imports.namespaces) lines.push(`import * as ${local} from '${specifier}'`)
  for (const specifier of input.patchedModules ?? [])
    if (![...imports.imports.keys(), ...imports.namespaces.values()].includes(specifier))
      lines.push(`import '${specifier}'`)
  for (const [local, code] of [...scope.libraryUses].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (defined.has(local)) continue
    lines.push(`${patched.has(local) ? 'let' : 'const'} ${local} = ${code}`)
  }
  lines.push(...rebound)
  if (reexports.length) lines.push(`export { ${reexports.join(', ')} }`)
  if (late.length) lines.push(`export let ${late.map((n) => `${safeName(n)}: any`).join(', ')}`)
  return [...lines, '']
}

/** A module whose names patch() replaces lets it rebind them, under its dotted name(s). */
function patchRegistration(input: ModuleInput, state: ModuleState): string[] {
  const entry = input.project?.patched.get(input.file)
  if (!entry) return []
  const names = [...entry.names].filter((n) => state.scope.names.has(n) || state.moduleNames.has(n))
  if (!names.length) return []
  const accessors = names.map((n) => `get ${n}() { return ${safeName(n)} }, set ${n}(v: any) { ${safeName(n)} = v }`)
  return [...entry.dotted].map(
    (dotted) => `${state.scope.builtin('projectModule')}(${quote(dotted)}, { ${accessors.join(', ')} })`,
  )
}

/** Names defined at module level, known before any body is translated (Python looks them up late). */
function declareTopLevel(statements: PyNode[], state: ModuleState): void {
  const scope = state.scope
  for (const s of statements) {
    if (isImport(s)) continue
    for (const name of definedNames(s)) state.moduleNames.add(name)
    const def = s.type === 'decorated_definition' ? field(s, 'definition')! : s
    const simple =
      ['function_definition', 'class_definition'].includes(def.type) ||
      (def.type === 'expression_statement' &&
        kids(def)[0]?.type === 'assignment' &&
        field(kids(def)[0]!, 'left')!.type === 'identifier' &&
        field(kids(def)[0]!, 'right')?.type !== 'assignment')
    if (!simple) for (const name of definedNames(s)) state.lateNames.add(name)
    const decorators =
      s.type === 'decorated_definition' ? readDecorators(s, scope, state.input?.kind === 'steps') : undefined
    const decorated = (decorators?.others.length ?? 0) > 0
    if (decorators?.steps.length && def.type === 'function_definition')
      scope.stepFunctions.add(field(def, 'name')!.text)
    if (def.type === 'function_definition' && !decorated) {
      const name = field(def, 'name')!.text
      try {
        scope.names.set(name, {
          kind: 'function',
          signature: readSignature(def, 0, scope.project?.runtimeNames.has(name)),
        })
      } catch {
        scope.names.set(name, { kind: 'value' })
      }
    } else if (def.type === 'class_definition' && !decorated)
      scope.names.set(field(def, 'name')!.text, classBinding(def, scope))
    else {
      for (const name of definedNames(s))
        if (!scope.names.has(name) || scope.names.get(name)!.kind === 'library')
          scope.names.set(name, { kind: 'value' })
      if (def.type === 'expression_statement' && kids(def)[0]?.type === 'assignment') {
        const left = field(kids(def)[0]!, 'left')!
        const value = stringValue(field(kids(def)[0]!, 'right') ?? left)
        if (left.type === 'identifier' && value !== undefined && !scope.constants.has(left.text))
          scope.constants.set(left.text, value)
        else if (left.type === 'identifier') scope.constants.delete(left.text)
      }
    }
  }
}

const registersSteps = (state: ModuleState) => (s: PyNode) =>
  s.type === 'decorated_definition' && readDecorators(s, state.scope, true).steps.length > 0

/** The last resort: the whole module as commented Python, its names as placeholders. */
function commentedModule(input: ModuleInput, output: Attempt): ModuleOutput {
  const statements = kids(input.root)
  const names = [...new Set(statements.filter((s) => !isImport(s)).flatMap(definedNames))]
  const reason = `the module's translation does not load (${loadProblems(output.content)[0]?.message})`
  const content = [
    `// Migrated from ${input.file} by \`brine migrate behave\`.`,
    `import * as py from '${input.builtinsSpecifier}'`,
    '',
    `// Not translated from Python (${reason}):`,
    ...(statements.length ? commentedPython(statements) : []),
    ...names.map((n) => `export const ${safeName(n)}: any = py.untranslated(${quote(n)}, ${quote(input.file)})`),
    '',
  ].join('\n')
  return {
    content,
    definitions: output.definitions.map((d) => ({ ...d, translated: 'not' as const })),
    report: { path: input.file, translated: 'not', todos: [`${input.file}:1: ${reason}`] },
    exports: new Map(names.map((n) => [n, { kind: 'value' } as const])),
  }
}

/** The names a module binds at its top level, read without translating it (for circular imports). */
export function staticExports(root: PyNode): Map<string, Binding> {
  const state = {
    scope: new ModuleScope(),
    moduleNames: new Set<string>(),
    lateNames: new Set<string>(),
  } as ModuleState
  declareTopLevel(kids(root), state)
  return new Map([...state.scope.names].filter(([, b]) => b.kind !== 'external' && b.kind !== 'library'))
}
