import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping'
import { compileFeature } from '../../src/compile/compile-feature.ts'
import { generateModule } from '../../src/compile/generate-module.ts'
import { decodeFeatureData } from '../../src/runtime/feature-data-text.ts'
import type { FeatureData, ScenarioData } from '../../src/types/feature-data.ts'

/** Evaluates a generated module against a recording fake runtime; returns what it defined. */
function evaluate(code: string, feature: FeatureData) {
  const imports: string[] = []
  // Split on \n only: U+2028 may legally appear inside string literals.
  const body = code
    .split('\n')
    .map((line) => {
      // The handle a group module registers the feature through: returned from the function here.
      if (line === 'export default $;') return 'return $;'
      const specifier = /^import (?:\{ defineFeature \} from )?(".*");$/su.exec(line)?.[1]
      if (specifier === undefined) return line
      imports.push(JSON.parse(specifier) as string)
      return ''
    })
    .join('\n')
  const defined: { data?: FeatureData; titles: string[]; rules: string[]; steps: number } = {
    titles: [],
    rules: [],
    steps: 0,
  }
  const fake = (text: string) => {
    const data = decodeFeatureData(text)
    defined.data = data
    return {
      feature: (fn: () => void) => fn(),
      rule: (r: number, fn: () => void) => {
        defined.rules.push(data.rules[r]!.name)
        fn()
      },
      scenario: (i: number, body: () => unknown) => {
        defined.titles.push(data.scenarios[i]!.title)
        defined.steps += stepsIn(body)
      },
      ruleScenario: (r: number, i: number, body: () => unknown) => {
        defined.titles.push(data.rules[r]!.scenarios[i]!.title)
        defined.steps += stepsIn(body)
      },
    }
  }
  const handle = new Function('defineFeature', body)(fake) as unknown
  expect(handle).toBeTypeOf('object')
  expect(defined.data).toEqual(feature)
  return { ...defined, imports }
}

/** The steps a generated scenario body awaits, one `await run.step(i);` line each, in order. */
function stepsIn(body: () => unknown): number {
  const lines = String(body)
    .split('\n')
    .filter((line) => /^\s*await run\.step\(\d+\);$/.test(line))
  lines.forEach((line, i) => expect(line.trim()).toBe(`await run.step(${i});`))
  return lines.length
}

const text = fc.string({ unit: 'binary', maxLength: 40 })
const hostile = fc.constantFrom('`${process.exit(1)}`', '*/', '"', "'", '\\', '\n', '</script>', '\u2028', '${', '//')
const anyText = fc.oneof(
  text,
  hostile,
  fc.tuple(text, hostile, text).map((parts) => parts.join('')),
)

const scenarioArb: fc.Arbitrary<ScenarioData> = fc.record({
  title: anyText,
  name: anyText,
  keyword: anyText,
  line: fc.nat(),
  scenarioLine: fc.nat(),
  tags: fc.array(anyText, { maxLength: 3 }),
  steps: fc.array(
    fc.record({ keyword: anyText, type: fc.constant('Context' as const), text: anyText, line: fc.nat() }),
    { maxLength: 3 },
  ),
})

const featureArb: fc.Arbitrary<FeatureData> = fc.record({
  uri: anyText,
  name: anyText,
  keyword: anyText,
  language: fc.constant('en'),
  line: fc.nat(),
  tags: fc.array(anyText, { maxLength: 3 }),
  scenarios: fc.array(scenarioArb, { maxLength: 4 }),
  rules: fc.array(
    fc.record({
      name: anyText,
      keyword: anyText,
      line: fc.nat(),
      tags: fc.array(anyText),
      scenarios: fc.array(scenarioArb, { maxLength: 2 }),
    }),
    { maxLength: 2 },
  ),
})

describe('generated modules keep feature text as data', () => {
  test('any text in any field parses and round-trips', () => {
    fc.assert(
      fc.property(featureArb, fc.array(anyText, { maxLength: 3 }), (feature, stepImports) => {
        const { code } = generateModule(feature, {
          runtime: 'brine/internal',
          stepImports,
          sourceName: 'x.feature',
          source: '',
          runOptions: {},
        })
        const result = evaluate(code, feature)
        expect(result.imports).toEqual(['brine/internal', ...stepImports])
        const all = [...feature.scenarios, ...feature.rules.flatMap((r) => r.scenarios)]
        expect(result.titles).toEqual(all.map((s) => s.title))
        expect(result.steps).toBe(all.reduce((n, s) => n + s.steps.length, 0))
      }),
      { numRuns: 300 },
    )
  })

  test('scenario names from real Gherkin round-trip as test titles', () => {
    const lineText = anyText
      .map((s) => s.replace(/[\r\n\u2028\u2029\u0085\v\f]/g, ' ').trim())
      .filter((s) => s.length > 0)
    fc.assert(
      fc.property(fc.uniqueArray(lineText, { minLength: 1, maxLength: 4 }), (names) => {
        const source = `Feature: F\n${names.map((n) => `  Scenario: ${n}\n    Given a step\n`).join('')}`
        const { code } = compileFeature(source, {
          uri: 'f.feature',
          path: '/p/f.feature',
          runtime: 'brine/internal',
          stepImports: [],
        })
        const body = code
          .split('\n')
          .filter((line) => !line.startsWith('import ') && !line.startsWith('export '))
          .join('\n')
        const titles: string[] = []
        new Function('defineFeature', body)((text: string) => ({
          feature: (fn: () => void) => fn(),
          scenario: (i: number) => titles.push(decodeFeatureData(text).scenarios[i]!.title),
        }))
        // Gherkin trims names; compare with what the parser keeps.
        expect(titles).toEqual(names.map((n) => n.trim()))
      }),
      { numRuns: 200 },
    )
  })
})

describe('source maps', () => {
  const source = `Feature: Map
  Background:
    Given a background step

  Scenario: plain
    When a step

  Rule: R
    Scenario Outline: row <x>
      Then <x>

      Examples:
        | x |
        | 1 |
        | 2 |
`
  const { code, map } = compileFeature(source, {
    uri: 'features/map.feature',
    path: '/p/features/map.feature',
    runtime: 'brine/internal',
    stepImports: [],
  })
  const trace = new TraceMap(map)
  const originalLineOf = (needle: string, nth = 0) => {
    const lines = code.split('\n')
    const index = lines.map((l, i) => (l.includes(needle) ? i : -1)).filter((i) => i >= 0)[nth]!
    const column = lines[index]!.indexOf(needle)
    return originalPositionFor(trace, { line: index + 1, column }).line
  }

  test('each test call maps to its Scenario or Examples row line', () => {
    expect(originalLineOf('$.feature(')).toBe(1)
    expect(originalLineOf('$.scenario(0')).toBe(5)
    expect(originalLineOf('$.rule(0')).toBe(8)
    expect(originalLineOf('$.ruleScenario(0, 0')).toBe(14)
    expect(originalLineOf('$.ruleScenario(0, 1')).toBe(15)
  })

  test('each step call maps to its step line, Background steps included', () => {
    expect(originalLineOf('run.step(0)', 0)).toBe(3)
    expect(originalLineOf('run.step(1)', 0)).toBe(6)
    expect(originalLineOf('run.step(0)', 1)).toBe(3)
    expect(originalLineOf('run.step(1)', 1)).toBe(10)
  })

  test('the map carries the feature source', () => {
    expect(map.sources).toEqual(['map.feature'])
    expect(map.sourcesContent).toEqual([source])
  })
})
