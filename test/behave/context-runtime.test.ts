// The behave runtime in-process: layered context, tables and text, executeSteps, cleanups,
// fixtures, hooks, lookup order, registration checks. Features run through brine's ScenarioRun.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import {
  afterRule,
  afterScenario,
  afterStep,
  beforeAll,
  beforeFeature,
  beforeRule,
  beforeScenario,
  beforeStep,
  Context,
  fixture,
  fixtureCallParams,
  given,
  setBehaveVersion,
  Step,
  step,
  Then,
  useFixture,
  useFixtureByTag,
  useStepMatcher,
  when,
  type BehaveStep,
} from 'brine/behave'
import { defineTypedStep, Given } from 'brine'
import { buildFeatureData } from '../../src/compile/build-feature-data.ts'
import { parseFeature } from '../../src/compile/parse-feature.ts'
import { findStep } from '../../src/runtime/find-step.ts'
import { supportRegistry } from '../../src/runtime/support-registry.ts'
import { endWorker, featureData, runFeature } from './in-process.ts'

const events: string[] = []
let rootContext: Context | undefined

beforeAll((context) => {
  rootContext = context
  context.runValue = 'run'
  context.addCleanup((what: string) => events.push(what), 'testrun cleanup')
})
beforeFeature((context, feature) => {
  context.featureValue = feature.name
})
beforeScenario((context, scenario) => {
  if (scenario.tags.includes('skip')) scenario.skip('not now')
  context.scenarioValue = scenario.name
})
afterScenario((context, scenario) => {
  events.push(`status ${scenario.name}: ${scenario.status}, context.failed=${context.failed}`)
  if (context.failCleanup) context.addCleanup(() => events.push('late cleanup'))
})
beforeStep((_, s: BehaveStep) => {
  if (s.name.startsWith('sub ')) events.push(`before ${s.name} ${s.step_type}`)
})
afterStep((_, s: BehaveStep) => {
  if (s.name.startsWith('sub ')) events.push(`after ${s.name} ${s.status}`)
})

given('a value {name} = {value}', (context, { name, value }) => {
  context[name] = value
})
// First registered match wins: 'is unset' before 'is {value}' (behave refuses the other order).
Then('the value {name} is unset', (context, { name }) => {
  expect(name in context).toBe(false)
  expect(context[name]).toBeUndefined()
})
Then('the value {name} is {value}', (context, { name, value }) => {
  expect(String(context[name])).toBe(value)
})
Then('deleting {name} fails', (context, { name }) => {
  expect(() => delete context[name]).toThrow("'Context' object has no attribute")
})
Then('deleting {name} works', (context, { name }) => {
  delete context[name]
  expect(name in context).toBe(false)
})
given('the table', (context) => {
  const table = context.table!
  context.summary = [
    table.headings.join(','),
    table.length,
    table.row(0).get(0),
    table.row(-1).value('b'),
    table.hasColumn('a'),
    table.getColumnIndex('b'),
    table.requireColumn('b'),
    JSON.stringify(table.raw()),
    JSON.stringify(table.row(0)),
    table.row(0).length,
    JSON.stringify(table.row(0).items()),
    JSON.stringify(table.row(0).asDict()),
  ].join('|')
  expect(() => table.requireColumn('zz')).toThrow('REQUIRE COLUMN: zz')
  expect(() => table.row(5)).toThrow('IndexError')
  expect(() => table.row(0).value('zz')).toThrow('KeyError')
  expect(table.row(0).get('zz')).toBeNull()
  expect(JSON.stringify(table)).toBe(JSON.stringify(table.raw()))
  const rows = [...table]
  expect(rows.map((row) => [row['a'], row['1'], row['zz'], [...row]])).toEqual([
    ['1', '2', undefined, ['1', '2']],
    ['3', '4', undefined, ['3', '4']],
  ])
  expect(rows[1]!.as_dict()).toEqual({ a: '3', b: '4' })
})
given('the day {day:ti}', () => {})
given('sub fails', () => {
  throw new Error('boom')
})
given('sub {what}', (context, { what }) => {
  events.push(`ran sub ${what} table=${context.table?.headings?.join(',') ?? null} text=${context.text}`)
})
when('I execute', async (context) => {
  context.text = 'mine'
  await context.executeSteps(`
    Given sub one
      | h1 | h2 |
      | a  | b  |
    And sub two
      """
      doc
      """
    * sub three
  `)
  expect(context.text).toBe('mine')
})
when('I execute {kind} sub-steps', async (context, { kind }) => {
  const text = { failing: 'Given sub fails', undefined: 'Given no such sub-step', ambiguous: 'Given twin sub-step' }[
    kind as string
  ]!
  await context.executeSteps(text!)
})
given('twin sub-step', () => {})
Given('twin sub-step', () => {})
when('I execute badly written steps', async (context) => {
  for (const [text, message] of [
    ['And first', 'No previous step'],
    ['Given x\n  | a |\n  | b | c |', 'Malformed table'],
    ['Given x\n    """\n  bad indent\n    """', 'BAD-INDENT'],
    ['Given x\n"""\nnever closed', 'Doc string is not closed'],
    ['| a |', 'TABLE-START without step'],
    ['"""\nx\n"""', 'Doc string without a step'],
    ['Hello there', "Not a step: 'Hello there'"],
  ] as const) {
    await expect(context.executeSteps(text)).rejects.toThrow(message)
  }
  await expect(context.executeSteps(42 as unknown as string)).rejects.toThrow('needs the steps as a string')
})
given('a scenario cleanup that fails', (context) => {
  context.addCleanup(() => events.push('cleanup 1'))
  context.addCleanup(() => {
    throw new Error('cleanup broke')
  })
})
given('a cleanup added twice', (context) => {
  const cleanup = () => events.push('once')
  context.add_cleanup(cleanup)
  context.add_cleanup(cleanup)
  expect(() => context.addCleanup(42 as never)).toThrow('needs a function')
})
given('I skip the scenario', (context) => context.scenario.skip())
given('the world features still work', (context) => {
  context.attach('text', 'text/plain')
  context.log('a line')
  expect(context.tmpDir).toEqual(expect.any(String))
  expect(context.workerId).toEqual(expect.any(Number))
  expect(context.parameters).toEqual({ userdata: { fromWorld: 'w' } })
  expect(context.config.userdata.get('fromWorld')).toBe('w')
  expect(context.scenario.effective_tags).toEqual(['feat', 'own'])
  expect(context.scenario.tags).toEqual(['own'])
  expect([...context.tags]).toEqual(['feat', 'own'])
  expect(context.feature.name).toBe('Runtime')
})

const resource = fixture(function* (context: Context, name: string) {
  events.push(`setup ${name}`)
  yield `${name} value`
  events.push(`cleanup ${name}`)
})
const asyncResource = fixture(async function* (_context: Context) {
  events.push('setup async')
  yield 'async value'
  events.push('cleanup async')
})
const plain = fixture(
  (_context: Context) => {
    events.push('setup plain')
    return () => events.push('cleanup plain')
  },
  { name: 'plain' },
)
const twice = fixture(function* () {
  yield 1
  yield 2
})
given('fixtures are used', async (context) => {
  expect(useFixture(resource, context, 'sync')).toBe('sync value')
  expect(await useFixture(asyncResource, context)).toBe('async value')
  expect(useFixture(plain, context)).toBeUndefined()
  expect(await useFixture(async () => 'promised', context)).toBe('promised')
  expect(useFixture(() => 'value', context)).toBe('value')
  expect(await useFixture(async () => () => events.push('cleanup promised'), context)).toBeUndefined()
  expect(useFixtureByTag('fx.sync', context, { 'fx.sync': [resource, ['tagged']] })).toBe('tagged value')
  expect(useFixtureByTag('fx.plain', context, { 'fx.plain': () => 'direct' })).toBe('direct')
  expect(() => useFixtureByTag('fx.none', context, {})).toThrow('Unknown fixture-tag: fx.none')
  expect(() => useFixtureByTag('fx.bad', context, { 'fx.bad': 42 as never })).toThrow('Expected tuple or fixture-func')
  expect(() => fixture(42 as never)).toThrow('needs a function')
  expect(fixtureCallParams(resource, 'a', 1)).toEqual([resource, ['a', 1]])
})
given('a fixture that yields twice', (context) => {
  useFixture(twice, context)
})

// Lookup order: typed definitions first, then `step` ones, whatever the order they were written in.
step('order {x}', (context) => (context.winner = 'step'))
given('order one', (context) => (context.winner = 'given'))
Then('the winner is {who}', (context, { who }) => expect(context.winner).toBe(who))

afterAll(() => endWorker())

const feature = featureData(
  'features/runtime.feature',
  'Runtime',
  ['@feat'],
  [
    {
      name: 'layers one',
      steps: `
      Then the value runValue is run
      And the value featureValue is Runtime
      And the value scenarioValue is layers one
      Given a value runValue = changed
      And a value leak = yes
      Then deleting featureValue fails
      And deleting leak works
      And the value leak is unset
      Given a value leak = again
    `,
    },
    {
      name: 'layers two',
      steps: `
      Then the value runValue is run
      And the value leak is unset
      And the value scenarioValue is layers two
    `,
    },
    {
      name: 'tables',
      steps: `
      Given the table
        | a | b |
        | 1 | 2 |
        | 3 | 4 |
      Then the value summary is a,b|2|1|4|true|1|1|[["a","b"],["1","2"],["3","4"]]|{"a":"1","b":"2"}|2|[["a","1"],["b","2"]]|{"a":"1","b":"2"}
    `,
    },
    { name: 'execute', steps: 'When I execute' },
    { name: 'execute failing', steps: 'When I execute failing sub-steps' },
    { name: 'execute undefined', steps: 'When I execute undefined sub-steps' },
    { name: 'execute ambiguous', steps: 'When I execute ambiguous sub-steps' },
    { name: 'execute badly', steps: 'When I execute badly written steps' },
    { name: 'cleanup failure', steps: 'Given a scenario cleanup that fails\nAnd a value failCleanup = 1' },
    { name: 'cleanup once', steps: 'Given a cleanup added twice' },
    { name: 'skipped by hook', tags: ['@skip'], steps: 'Given a value x = 1' },
    { name: 'skipped by step', steps: 'Given I skip the scenario\nThen the value x is 1' },
    { name: 'world', tags: ['@own'], steps: 'Given the world features still work' },
    { name: 'fixtures', steps: 'Given fixtures are used' },
    { name: 'fixture twice', steps: 'Given a fixture that yields twice' },
    { name: 'conversion', steps: 'Given the day 2023-02-30' },
    { name: 'order', steps: 'Given order one\nThen the winner is given\nWhen order one\nThen the winner is step' },
  ],
)

let results: Awaited<ReturnType<typeof runFeature>>
const result = (name: string) => results.find((r) => r.name === name)!

describe('a feature run in-process', () => {
  test('runs', async () => {
    results = await runFeature(feature, { userdata: { fromWorld: 'w' } })
    expect(results).toHaveLength(feature.scenarios.length)
  })

  test('attributes live in their layer: testrun, feature, scenario', () => {
    expect(result('layers one').status).toBe('passed')
    expect(result('layers two').status).toBe('passed')
    expect(rootContext!.runValue).toBe('run')
    expect(rootContext!.scenario).toBeUndefined()
  })

  test('context.table is behave Table', () => {
    expect(result('tables').steps.map((s) => s.error?.message ?? s.status)).toEqual(['passed', 'passed'])
  })

  test('executeSteps runs sub-steps with tables, doc strings, step hooks; restores table and text', () => {
    expect(result('execute').status).toBe('passed')
    expect(events.filter((e) => e.includes('sub '))).toEqual(
      expect.arrayContaining([
        'before sub one given',
        'ran sub one table=h1,h2 text=null',
        'after sub one passed',
        'ran sub two table=null text=doc',
        'ran sub three table=null text=null',
        'before sub three given',
      ]),
    )
  })

  test('a sub-step that fails, is undefined or ambiguous fails the step with behave messages', () => {
    expect(result('execute failing').steps[0]!.error!.message).toContain(
      'FAILED SUB-STEP: Given sub fails\nSubstep info: boom',
    )
    expect(events).toContain('after sub fails failed')
    expect(result('execute undefined').steps[0]!.error!.message).toContain('UNDEFINED SUB-STEP: Given no such sub-step')
    expect(result('execute ambiguous').steps[0]!.error!.message).toContain('AMBIGUOUS SUB-STEP: Given twin sub-step')
    expect(result('execute badly').status).toBe('passed')
  })

  test('cleanups run last first, all of them, and a failing one fails the scenario', () => {
    const failed = result('cleanup failure')
    expect(failed.status).toBe('failed')
    expect(failed.hooks.find((h) => h.error)?.error?.message).toContain(
      'Cleanup in the scenario layer failed: cleanup broke',
    )
    expect(events).toContain('cleanup 1')
    expect(events).toContain('late cleanup')
    expect(events.filter((e) => e === 'once')).toHaveLength(1)
  })

  test('scenario.skip() stops the scenario as skipped, from a hook or a step', () => {
    expect(result('skipped by hook').status).toBe('pending')
    expect(result('skipped by hook').steps[0]!.status).toBe('skipped')
    expect(result('skipped by step').status).toBe('pending')
    expect(result('skipped by step').steps[1]!.status).toBe('skipped')
  })

  test('the context is still a brine World', () => {
    expect(result('world').steps[0]!.error?.message).toBeUndefined()
    expect(result('world').attachments.map((a) => a.body)).toEqual(['text', 'a line'])
  })

  test('fixtures: generators, async generators, setup functions returning a cleanup, by tag', () => {
    expect(result('fixtures').steps[0]!.error?.message).toBeUndefined()
    const cleanups = events.filter((e) => e.startsWith('cleanup '))
    expect(cleanups).toEqual(
      expect.arrayContaining(['cleanup tagged', 'cleanup promised', 'cleanup plain', 'cleanup async', 'cleanup sync']),
    )
    // Last used, first cleaned.
    expect(cleanups.indexOf('cleanup tagged')).toBeLessThan(cleanups.indexOf('cleanup sync'))
    expect(result('fixture twice').hooks.find((h) => h.error)?.error?.message).toContain('yields more than once')
  })

  test('a failed type conversion binds the step to the definition and fails it', () => {
    const step = result('conversion').steps[0]!
    expect(step.status).toBe('failed')
    expect(step.definition?.pattern).toBe('the day {day:ti}')
    expect(step.error!.message).toContain(
      'day is out of range for month\n  pattern: the day {day:ti}\n  step: the day 2023-02-30',
    )
  })

  test("a step type's own definitions come before `step` ones", () => {
    expect(result('order').steps.map((s) => s.error?.message ?? s.status)).toEqual([
      'passed',
      'passed',
      'passed',
      'passed',
    ])
  })

  test("afterScenario sees behave's scenario.status; context.failed stays true after a failure", () => {
    const statuses = events.filter((e) => e.startsWith('status '))
    expect(statuses).toEqual(
      expect.arrayContaining([
        'status layers one: passed, context.failed=false',
        'status execute failing: failed, context.failed=true',
        'status execute undefined: failed, context.failed=true',
        'status skipped by hook: skipped, context.failed=true',
        'status order: passed, context.failed=true',
      ]),
    )
  })

  test('the testrun layer is cleaned when the worker ends', async () => {
    await endWorker()
    expect(events.at(-1)).toBe('testrun cleanup')
  })
})

describe('definitions', () => {
  const registry = supportRegistry()

  test('behave refuses a definition an earlier one of the same keyword already matches', () => {
    given('ambiguous {x}', () => {})
    expect(() => given('ambiguous one', () => {})).toThrow(
      /@given\('ambiguous one'\) has already been defined in\n {2}existing step @given\('ambiguous \{x\}'\)/,
    )
    expect(() => when('ambiguous one', () => {})).not.toThrow()
  })

  test('the check finds earlier definitions by literal start, ignoring case under behave 1.2, and regexps always', () => {
    setBehaveVersion('1.2')
    try {
      given('Folded {x}', () => {})
      expect(() => given('folded one', () => {})).toThrow(/existing step @given\('Folded \{x\}'\)/)
      useStepMatcher('re')
      given('any (\\w+) thing', () => {})
      useStepMatcher('parse')
      expect(() => given('any red thing', () => {})).toThrow(/existing step @given\('any \(\\w\+\) thing'\)/)
    } finally {
      setBehaveVersion('1.3')
    }
  })

  test('useStepMatcher applies below it in the same file; bad names and arguments are refused', () => {
    useStepMatcher('re')
    given('regex (\\d+) here', () => {})
    useStepMatcher('parse')
    const match = findStep(registry, { text: 'regex 42 here', type: 'Context' }, undefined)
    expect(match.status === 'matched' && match.definition.patternSource).toBe('regex (\\d+) here')
    expect(() => useStepMatcher('glob' as never)).toThrow('Unknown step matcher "glob"')
    // The same call evaluated again (a file loaded twice) replaces its switch rather than adding one.
    for (const name of ['re', 'parse'] as const) useStepMatcher(name)
    given('after the repeated switch {x}', () => {})
    expect(findStep(registry, { text: 'after the repeated switch 1', type: 'Context' }, undefined).status).toBe(
      'matched',
    )
    expect(() => given('no function', {} as never)).toThrow('needs a function')
    expect(() => setBehaveVersion('2.0' as never)).toThrow("expected '1.2' or '1.3'")
    expect(() => given('{x:unknown}', () => {})).toThrow("format spec 'unknown' not recognised")
  })

  test('a `*` step is a Given step; `step` definitions match any type', () => {
    given('star step', () => {})
    expect(findStep(registry, { text: 'star step', type: 'Unknown' }, undefined).status).toBe('matched')
    defineTypedStep('Context')('typed star step', () => {})
    expect(findStep(registry, { text: 'typed star step', type: 'Unknown' }, undefined).status).toBe('matched')
    expect(findStep(registry, { text: 'star step', type: 'Action' }, undefined).status).toBe('undefined')
    Step('any type step', () => {})
    expect(findStep(registry, { text: 'any type step', type: 'Outcome' }, undefined).status).toBe('matched')
  })

  test("behave 1.2 drops a trailing ':' only from a step with a table or doc string", () => {
    given('a list', { behaveVersion: '1.2' }, () => {})
    expect(findStep(registry, { text: 'a list:', type: 'Context', hasArgument: true }, undefined).status).toBe(
      'matched',
    )
    expect(findStep(registry, { text: 'a list:', type: 'Context', hasArgument: false }, undefined).status).toBe(
      'undefined',
    )
    expect(findStep(registry, { text: 'a list:', type: 'Context' }, undefined).status).toBe('matched')
    given('a strict list', { behaveVersion: '1.3' }, () => {})
    expect(findStep(registry, { text: 'a strict list:', type: 'Context', hasArgument: true }, undefined).status).toBe(
      'undefined',
    )
  })

  test('setBehaveVersion applies to definitions without their own version, when they match', () => {
    given('Version Sensitive', () => {})
    setBehaveVersion('1.3')
    expect(findStep(registry, { text: 'version sensitive', type: 'Context' }, undefined).status).toBe('undefined')
    setBehaveVersion('1.2')
    expect(findStep(registry, { text: 'version sensitive', type: 'Context' }, undefined).status).toBe('matched')
    setBehaveVersion('1.3')
  })
})

describe('rules', () => {
  beforeRule((context, rule) => {
    events.push(`before_rule ${rule.name} [${rule.tags.join(' ')}]`)
    context.ruleMark = rule.name
  })
  afterRule((context, rule) => {
    events.push(`after_rule ${rule.name} mark=${context.ruleMark}`)
  })
  given('rule check {name}', (context, { name }) => {
    expect(context.scenario.rule?.name ?? 'none').toBe(name)
    expect(context.rule?.name ?? 'none').toBe(name)
    events.push(`rule step ${name} mark=${context.ruleMark}`)
  })

  test('a Rule gets a layer, before_rule / after_rule hooks and its own tags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brine-rules-'))
    const file = join(dir, 'rules.feature')
    writeFileSync(
      file,
      [
        'Feature: Rules',
        '  Scenario: plain',
        '    Given rule check none',
        '  @r1',
        '  Rule: A',
        '    Scenario: a1',
        '      Given rule check A',
        '    Scenario: a2',
        '      Given rule check A',
        '  Rule: B',
        '    Scenario: b1',
        '      Given rule check B',
      ].join('\n'),
    )
    const rules = buildFeatureData(parseFeature(readFileSync(file, 'utf8'), file))!
    const from = events.length
    const ruleResults = await runFeature(rules)
    rmSync(dir, { recursive: true, force: true })
    expect(ruleResults.map((r) => r.status)).toEqual(['passed', 'passed', 'passed', 'passed'])
    expect(events.slice(from).filter((e) => e.includes('rule'))).toEqual([
      'rule step none mark=undefined',
      'before_rule A [r1]',
      'rule step A mark=A',
      'rule step A mark=A',
      'after_rule A mark=A',
      'before_rule B []',
      'rule step B mark=B',
      'after_rule B mark=B',
    ])
  })

  test('a Rule in another Gherkin language gets its layer and hooks too', async () => {
    const source = [
      '# language: fr',
      'Fonctionnalité: Règles',
      '  Règle: C',
      '    Scénario: c1',
      '      Soit rule check C',
    ]
    const feature = buildFeatureData(parseFeature(source.join('\n'), 'features/regles.feature'))!
    const from = events.length
    const results = await runFeature(feature)
    expect(results.map((r) => r.status)).toEqual(['passed'])
    expect(events.slice(from).filter((e) => e.includes('rule'))).toEqual([
      'before_rule C []',
      'rule step C mark=C',
      'after_rule C mark=C',
    ])
  })
})
