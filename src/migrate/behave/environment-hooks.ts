// environment.py → brine/behave hooks: before_all/after_all, before_feature/after_feature,
// before_scenario/after_scenario, before_step/after_step, before_tag/after_tag keep their
// arguments; @fixture generators become fixtures with their cleanup after the yield.
import { field, kids, type PyNode } from './python-parser.js'
import { translateFunction } from './translate/functions.js'
import { safeName, type PyType } from './translate/scope.js'
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
  const params = kids(field(def, 'parameters')!).map((p) =>
    p.type === 'identifier' ? p.text : (kids(p)[0]?.text ?? p.text),
  )
  const types = new Map<string, PyType>()
  if (params[0]) types.set(params[0], 'ctx')
  if (hook && params[1]) types.set(params[1], hook[1])
  const fn = translateFunction(def, state.scope, undefined, { types, untyped: !isFixture })
  state.scope.todos.push(...fn.todos)
  state.results.push(fn.translated)
  const lines = fn.lines.map((l) => `  ${l}`)
  if (isFixture) {
    // A fixture is a generator: setup, `yield` the value, cleanup. Kept as a generator function.
    state.scope.behaveImports.add('fixture')
    state.scope.behaveImports.add('type Context')
    const signature = fn.params.replace(/^(\w+): any/, '$1: Context')
    return [
      `export const ${safeName(name)} = fixture(${fn.async ? 'async ' : ''}function${fn.generator ? '*' : ''} ${safeName(name)}(${signature}) {`,
      ...lines,
      '})',
    ]
  }
  state.scope.behaveImports.add(hook![0])
  return [`${hook![0]}(${fn.async || fn.translated !== 'fully' ? 'async ' : ''}(${fn.params}) => {`, ...lines, '})']
}
