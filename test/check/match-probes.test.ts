import { ParameterType } from '@cucumber/cucumber-expressions'
import { describe, expect, test } from 'vitest'
import { matchProbes } from '../../src/check/match-probes.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'

// Matching in-process against a registry filled the way step files fill it.
function registry(): SupportRegistry {
  const r = new SupportRegistry()
  const type = (name: string, regexp: RegExp, transform: (this: { unit?: string }, s: string) => unknown) =>
    r.defineParameterType(new ParameterType(name, regexp, null, transform, false, false) as ParameterType<unknown>)
  type('upper', /[a-z]+/, (s) => s.toUpperCase())
  type('unit', /cm|mm/, function (s) {
    return `${s} ${this.unit}`
  })
  type('fragile', /![a-z]+/, () => {
    throw new Error('no such thing')
  })
  type('setter', /=[a-z]+/, function (s) {
    this.unit = s
    return s
  })
  type('asker', /\?[a-z]+/, function (s) {
    return 'unit' in this ? s : null
  })
  type('later', /~\d+/, async (s) => Number(s.slice(1)))
  type('laterWorld', /\^\d+/, async function (s) {
    await Promise.resolve()
    return `${s}${this.unit}`
  })
  const never = () => {
    throw new Error('a step function was called')
  }
  r.defineStep('say {upper}', never)
  r.defineStep('measure {int} {unit}', never)
  r.defineStep('break {fragile}', never)
  r.defineStep('wait {later} and {laterWorld}', never)
  r.defineStep('a big {biginteger}', never)
  r.defineStep('twice', never)
  r.defineStep(/^twice$/, never)
  r.defineStep('store {setter} and ask {asker}', never)
  return r
}

describe('matchProbes', () => {
  test('converts arguments through their transformers, never calling the step function', async () => {
    const { results } = await matchProbes(registry(), [{ text: 'say hello', type: 'Action' }], '/')
    expect(results).toEqual([{ status: 'matched', definition: 0, arguments: ['HELLO'] }])
  })

  test('an argument whose transformer needs the World, or throws, says so and keeps its text', async () => {
    const probes = [
      { text: 'measure 3 cm', type: 'Action' as const },
      { text: 'break !glass', type: 'Action' as const },
      { text: 'wait ~5 and ^7', type: 'Action' as const },
    ]
    const { results } = await matchProbes(registry(), probes, '/')
    expect(results).toEqual([
      {
        status: 'matched',
        definition: 1,
        arguments: [3, { unconverted: 'the transformer needs the World', text: 'cm' }],
      },
      {
        status: 'matched',
        definition: 2,
        arguments: [{ unconverted: 'the transformer threw: no such thing', text: '!glass' }],
      },
      {
        status: 'matched',
        definition: 3,
        arguments: [5, { unconverted: 'the transformer needs the World', text: '^7' }],
      },
    ])
  })

  test('writing to the World or asking it anything counts as needing it', async () => {
    const { results } = await matchProbes(registry(), [{ text: 'store =cm and ask ?mm', type: 'Action' }], '/')
    const needs = 'the transformer needs the World'
    expect(results).toEqual([
      {
        status: 'matched',
        definition: 7,
        arguments: [
          { unconverted: needs, text: '=cm' },
          { unconverted: needs, text: '?mm' },
        ],
      },
    ])
  })

  test('undefined steps get a snippet that takes their table or doc string', async () => {
    const probes = [
      { text: 'nothing 3', type: 'Context' as const, argument: 'dataTable' as const },
      { text: 'nothing', type: 'Outcome' as const, argument: 'docString' as const },
      { text: 'nothing at all', type: 'Unknown' as const },
    ]
    const { results } = await matchProbes(registry(), probes, '/')
    const snippets = results.map((r) => (r.status === 'undefined' ? r.snippet.split('\n')[0] : r.status))
    expect(snippets).toEqual([
      "Given('nothing {int}', async (world, int, dataTable) => {",
      "Then('nothing', async (world, docString) => {",
      "Given('nothing at all', async (world) => {",
    ])
  })

  test('ambiguous steps list every candidate; definitions are described relative to the root', async () => {
    const { results, definitions } = await matchProbes(registry(), [{ text: 'twice', type: 'Action' }], process.cwd())
    expect(results).toEqual([{ status: 'ambiguous', definitions: [5, 6] }])
    expect(definitions[5]).toEqual({
      pattern: 'twice',
      uri: 'test/check/match-probes.test.ts',
      line: expect.any(Number),
      origin: null,
    })
    expect(definitions[6]!.pattern).toBe('/^twice$/')
  })

  test('a definition restricted to one step type matches only steps of that type', async () => {
    const r = new SupportRegistry()
    r.defineStep('the door is open', () => {}, {}, 'Outcome')
    const probes = [
      { text: 'the door is open', type: 'Outcome' as const },
      { text: 'the door is open', type: 'Context' as const },
    ]
    const { results } = await matchProbes(r, probes, '/')
    expect(results.map((result) => result.status)).toEqual(['matched', 'undefined'])
  })

  test('values JSON cannot hold are reported in their string form', async () => {
    const { results } = await matchProbes(registry(), [{ text: 'a big 12345678901234567890', type: 'Action' }], '/')
    expect(results).toEqual([{ status: 'matched', definition: 4, arguments: ['12345678901234567890'] }])
  })
})
