// The data reporters are built from: the support info a worker writes into the feature meta,
// merged across workers, snippets for undefined steps, and .feature files read back.
import { ParameterType } from '@cucumber/cucumber-expressions'
import { IdGenerator } from '@cucumber/messages'
import { describe, expect, test } from 'vitest'
import { snippets } from '../../src/reporters/messages/snippets.ts'
import { readFeatureSource } from '../../src/reporters/model/feature-source.ts'
import { mergeSupport } from '../../src/reporters/model/merge-support.ts'
import type { StepData } from '../../src/types/feature-data.ts'
import { hookId } from '../../src/runtime/definition-ids.ts'
import { plannedMatches } from '../../src/runtime/planned-matches.ts'
import { stepMatch } from '../../src/runtime/definition-ref.ts'
import { supportInfo } from '../../src/runtime/support-info.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'
import { fixtureProject } from '../support/fixture-project.ts'

function registry(): SupportRegistry {
  const r = new SupportRegistry()
  r.defineParameterType(new ParameterType('color', /red|blue/, null, (s) => s, true, false))
  r.defineStep('I have {int} {color} cukes', () => {})
  r.defineStep(/^a (.*?)(?: and a (.*?))?$/, () => {})
  r.defineStep('{airport} is closed', () => {})
  r.defineStep(
    { source: 'behave {name}', kind: 'PARSE', match: (t: string) => (t.startsWith('behave ') ? [t.slice(7)] : null) },
    () => {},
  )
  r.defineHook('Before', () => {}, { name: 'setup', tags: '@db' })
  r.defineHook('After', () => {})
  return r
}

const step = (text: string): StepData => ({ keyword: 'Given ', type: 'Context', text, line: 1 })

describe('support info', () => {
  test('lists definitions, hooks and custom parameter types; a definition with an unknown type is left out', () => {
    const info = supportInfo(registry())
    expect(info.steps.map((s) => [s.patternType, s.pattern])).toEqual([
      ['CUCUMBER_EXPRESSION', 'I have {int} {color} cukes'],
      ['REGULAR_EXPRESSION', '^a (.*?)(?: and a (.*?))?$'],
      ['PARSE', 'behave {name}'],
    ])
    expect(info.steps[0]).toMatchObject({ uri: 'test/reporters/report-data.test.ts', origin: null })
    expect(info.undefinedParameterTypes).toEqual([{ name: 'airport', expression: '{airport} is closed' }])
    expect(info.hooks.map((h) => [h.kind, h.name, h.tags])).toEqual([
      ['Before', 'setup', '@db'],
      ['After', undefined, undefined],
    ])
    expect(info.parameterTypes).toEqual([
      {
        name: 'color',
        regexps: ['red|blue'],
        useForSnippets: true,
        preferForRegexpMatch: false,
        uri: 'test/reporters/report-data.test.ts',
        line: expect.any(Number),
      },
    ])
  })

  test('ids are stable: the same definitions in another registry get the same ids', () => {
    const [a, b] = [registry(), registry()]
    expect(supportInfo(a).steps.map((s) => s.id)).toEqual(supportInfo(b).steps.map((s) => s.id))
    expect([...a.hooks.values()].map(hookId)).toEqual([...b.hooks.values()].map(hookId))
  })

  test('a match records where each argument was found, unmatched optional groups without a start', () => {
    const r = registry()
    const [cukes, regexp] = r.allSteps()
    expect(stepMatch(cukes!, 'I have 3 red cukes').arguments).toEqual([
      { group: { start: 7, value: '3' }, parameterTypeName: 'int' },
      { group: { start: 9, value: 'red' }, parameterTypeName: 'color' },
    ])
    expect(stepMatch(regexp!, 'a cucumber').arguments.map((a) => a.group)).toEqual([
      { start: 2, value: 'cucumber' },
      {},
    ])
  })

  test('planned matches name what a step that did not run would match, custom matchers included', () => {
    const r = registry()
    expect(plannedMatches(r, step('I have 2 blue cukes')).map((m) => m.definition.pattern)).toEqual([
      'I have {int} {color} cukes',
    ])
    expect(plannedMatches(r, step('behave nicely')).map((m) => m.definition.pattern)).toEqual(['behave {name}'])
    expect(plannedMatches(r, step('nothing at all'))).toEqual([])
  })
})

describe('merged support info', () => {
  test('keeps each definition once, in source order', () => {
    const info = supportInfo(registry())
    const merged = mergeSupport([info, { ...info, steps: [...info.steps].reverse() }])
    expect(merged.steps.map((s) => s.id)).toEqual(info.steps.map((s) => s.id))
    expect(merged.parameterTypes).toHaveLength(1)
    expect(merged.undefinedParameterTypes).toHaveLength(1)
  })
})

describe('snippets', () => {
  test('one per expression that fits, with the table or doc string last', () => {
    const color = { name: 'color', regexps: ['red|blue'], useForSnippets: true, preferForRegexpMatch: false }
    const pickleStep = {
      id: '1',
      astNodeIds: [],
      text: 'I paint 2 walls red',
      type: 'Action' as never,
      argument: { docString: { content: 'x' } },
    }
    const code = snippets(pickleStep, [color])
    expect(code[0]).toBe(
      "When('I paint {int} walls {color}', async (world, int, color, docString) => {\n  // Write code here that turns the phrase above into concrete actions\n  return 'pending'\n})",
    )
    expect(code.length).toBeGreaterThan(1)
    const table = snippets({ ...pickleStep, type: undefined, argument: { dataTable: { rows: [] } } }, [])
    expect(table[0]).toMatch(/^Given\('I paint \{int\} walls red', async \(world, int, dataTable\)/)
  })
})

describe('feature sources', () => {
  test('a missing or unparsable file gives no source', () => {
    const project = fixtureProject({
      'broken.feature': 'Feature: a\n  Scenario: s\n    Given x\n      | a |\n      | a | b |\n',
    })
    try {
      const newId = IdGenerator.incrementing()
      expect(readFeatureSource(`${project.dir}/missing.feature`, 'missing.feature', 'en', newId)).toBeUndefined()
      expect(readFeatureSource(`${project.dir}/broken.feature`, 'broken.feature', 'en', newId)).toBeUndefined()
    } finally {
      project.remove()
    }
  })
})
