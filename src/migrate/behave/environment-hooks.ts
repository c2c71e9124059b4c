// environment.py → brine/behave hooks: before_all/after_all, before_feature/after_feature,
// before_scenario/after_scenario, before_step/after_step, before_tag/after_tag keep their
// arguments; @fixture generators become fixtures with their cleanup after the yield.
import { field, kids, type PyNode } from './python-parser.js'
import { paramList, pythonParams, translateBody } from './translate/functions.js'
import { FunctionScope, safeName, type PyType } from './translate/scope.js'
import type { ModuleState } from './translate-module.js'

const hooks: Record<string, [string, PyType]> = {
  before_all: ['beforeAll', 'any'],
  after_all: ['afterAll', 'any'],
  before_feature: ['beforeFeature', 'any'],
  after_feature: ['afterFeature', 'any'],
  before_scenario: ['beforeScenario', 'any'],
  after_scenario: ['afterScenario', 'any'],
  before_step: ['beforeStep', 'any'],
  after_step: ['afterStep', 'any'],
  before_tag: ['beforeTag', 'str'],
  after_tag: ['afterTag', 'str'],
}

/** The hook (or fixture) a def in environment.py becomes; undefined for a plain function. */
export function environmentHook(def: PyNode, state: ModuleState, isFixture = false): string[] | undefined {
  const name = field(def, 'name')!.text
  const hook = hooks[name]
  if (!hook && !isFixture) return undefined
  const scope = new FunctionScope(state.scope)
  const params = pythonParams(def, scope, 0)
  const [context, ...rest] = params
  const typed = [
    ...(context ? [{ ...context, type: 'ctx' as const }] : []),
    ...rest.map((p, i) => (hook && i === 0 ? { ...p, type: hook[1] } : p)),
  ]
  const body = translateBody(def, state.scope, undefined, { params: typed, file: state.input.file })
  state.scope.todos.push(...body.todos)
  state.results.push(body.translated)
  const lines = body.lines.map((l) => `  ${l}`)
  const args = typed.map((p) => safeName(p.name)).join(', ')
  if (isFixture) {
    // A fixture is a generator: setup, `yield` the value, cleanup. Kept as a generator function.
    state.scope.behaveImports.add('fixture')
    state.scope.behaveImports.add('type Context')
    const generator = kids(field(def, 'body')!).length > 0 && field(def, 'body')!.descendantsOfType('yield').length > 0
    const signature = paramList(typed).replace(/^(\w+): any/, '$1: Context')
    return [
      `export const ${safeName(name)} = fixture(${body.async ? 'async ' : ''}function${generator ? '*' : ''} ${safeName(name)}(${signature}) {`,
      ...lines,
      '})',
    ]
  }
  state.scope.behaveImports.add(hook![0])
  return [`${hook![0]}(${body.async || body.translated !== 'fully' ? 'async ' : ''}(${args}) => {`, ...lines, '})']
}
