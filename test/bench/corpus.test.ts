// The benchmark corpus: reproducible from its seed, the requested shape, and every step text
// matched by exactly one of its step definitions, through brine's own lookup.
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { defaults } from '../../scripts/bench/bench-options.ts'
import { buildCorpus, corpusSize, stepText } from '../../scripts/bench/corpus.ts'
import { apportion } from '../../scripts/bench/seed-shape.ts'
import { seededRandom } from '../../scripts/bench/seeded-random.ts'
import { cucumberPattern, featureText, ioCucumberPattern, parsePattern } from '../../scripts/bench/write-gherkin.ts'
import { writeProjects } from '../../scripts/bench/write-projects.ts'
import { compileFeature } from '../../src/compile/compile-feature.ts'
import { findStep } from '../../src/runtime/find-step.ts'
import { SupportRegistry } from '../../src/runtime/support-registry.ts'
import { repoRoot } from '../support/fixture-project.ts'
import { featureIn } from '../support/generated-feature.ts'

const options = { ...defaults, features: 12, definitions: 30, seed: 7 }

describe('buildCorpus', () => {
  test('the same seed gives the same corpus; another seed another', () => {
    expect(buildCorpus(options)).toEqual(buildCorpus(options))
    expect(buildCorpus({ ...options, seed: 8 })).not.toEqual(buildCorpus(options))
    const random = seededRandom(1)
    const values = Array.from({ length: 100 }, random)
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true)
    expect(new Set(values).size).toBe(100)
  })

  test('has the requested shape, with one I/O step per scenario when there is I/O', () => {
    const corpus = buildCorpus(options)
    expect(corpus.definitions).toHaveLength(30)
    expect(corpus.features).toHaveLength(12)
    for (const feature of corpus.features) {
      expect(feature.background).toHaveLength(1)
      expect(feature.scenarios).toHaveLength(5)
      for (const scenario of feature.scenarios) {
        expect(scenario.steps.map((s) => s.keyword)).toEqual(['Given', 'And', 'When', 'And', 'Then'])
        expect(scenario.steps.filter((s) => s.definition < 0)).toHaveLength(1)
      }
    }
    const quiet = buildCorpus({ ...options, ioMs: 0 })
    expect(quiet.features.flatMap((f) => f.scenarios.flatMap((s) => s.steps)).some((s) => s.definition < 0)).toBe(false)
  })

  test('the seed shape hits its totals exactly, skewed, with an I/O step in every scenario', () => {
    const corpus = buildCorpus({
      ...defaults,
      shape: 'seed',
      features: 682,
      totalScenarios: 15_230,
      totalSteps: 56_000,
    })
    expect(corpus.features).toHaveLength(682)
    expect(corpusSize(corpus)).toEqual({ scenarios: 15_230, steps: 56_000 })
    const sizes = corpus.features.map((f) => f.scenarios.length).sort((a, b) => a - b)
    expect(sizes[0]).toBeGreaterThanOrEqual(1)
    expect(sizes[341]).toBeLessThan(22) // median below the mean: a long tail of large features
    expect(sizes[681]).toBeGreaterThan(100)
    const withBackground = corpus.features.filter((f) => f.background.length > 0).length
    expect(withBackground).toBeGreaterThan(200)
    expect(withBackground).toBeLessThan(350)
    for (const feature of corpus.features) {
      for (const scenario of feature.scenarios) {
        expect(scenario.steps.filter((s) => s.definition < 0)).toHaveLength(1)
        expect(scenario.steps[0]!.keyword).toBe('Given')
      }
    }
    expect(buildCorpus({ ...defaults, shape: 'seed', features: 5, totalScenarios: 20, totalSteps: 90 })).toEqual(
      buildCorpus({ ...defaults, shape: 'seed', features: 5, totalScenarios: 20, totalSteps: 90 }),
    )
  })

  test('apportion: parts of at least 1, proportional, summing to the total', () => {
    expect(apportion(10, [1, 1, 1, 1, 1])).toEqual([2, 2, 2, 2, 2])
    expect(apportion(7, [1, 0, 2])).toEqual([2, 1, 4])
    expect(() => apportion(2, [1, 1, 1])).toThrow('cannot split 2 into 3 parts')
  })

  test('every step text matches exactly its own definition', () => {
    const corpus = buildCorpus(options)
    const registry = new SupportRegistry()
    registry.defineStep(ioCucumberPattern, () => undefined)
    for (const d of corpus.definitions) registry.defineStep(cucumberPattern(d), () => undefined)
    for (const feature of corpus.features) {
      for (const step of [...feature.background, ...feature.scenarios.flatMap((s) => s.steps)]) {
        const match = findStep(registry, { text: stepText(corpus, step), type: 'Context' }, null)
        expect(match.status).toBe('matched')
        if (match.status !== 'matched') continue
        const expected = step.definition < 0 ? ioCucumberPattern : cucumberPattern(corpus.definitions[step.definition]!)
        expect(match.definition.patternSource).toBe(expected)
        expect(match.args[0]).toBe(step.count)
        if (step.name) expect(match.args[1]).toBe(step.name)
      }
    }
    expect(parsePattern(corpus.definitions[0]!)).toContain('{count:d}')
  })

  test('feature files compile with brine into the expected scenarios', () => {
    const corpus = buildCorpus({ ...options, concurrent: true })
    const feature = corpus.features[0]!
    const text = featureText(corpus, feature)
    expect(text.startsWith('@concurrent\nFeature: ')).toBe(true)
    const { code } = compileFeature(text, {
      uri: 'f.feature',
      path: '/x/f.feature',
      runtime: 'brine/internal',
      stepImports: [],
    })
    const data = featureIn(code)
    expect(data.scenarios.map((scenario) => scenario.name)).toEqual(feature.scenarios.map((scenario) => scenario.name))
    expect(code.match(/\$\.scenario\(/g)).toHaveLength(feature.scenarios.length)
  })
})

describe('writeProjects', () => {
  test('writes every runner family; the grouped Vitest files import every feature once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brine-bench-test-'))
    try {
      const corpus = buildCorpus(options)
      const brinePackage = join(dir, 'brine-package')
      mkdirSync(join(brinePackage, 'dist'), { recursive: true })
      writeFileSync(join(brinePackage, 'package.json'), '{"name":"brine"}')
      const projects = writeProjects(corpus, join(dir, 'corpus'), repoRoot, 2, brinePackage)
      // brine is installed as a copy; everything else is linked from this repository.
      expect(readFileSync(join(projects.brine, 'node_modules/brine/package.json'), 'utf8')).toBe('{"name":"brine"}')
      expect(lstatSync(join(projects.brine, 'node_modules/brine')).isSymbolicLink()).toBe(false)
      expect(lstatSync(join(projects.brine, 'node_modules/vitest')).isSymbolicLink()).toBe(true)
      expect(readdirSync(join(projects.brine, 'features'))).toHaveLength(12)
      expect(readdirSync(join(projects.vitest, 'tests'))).toHaveLength(12)
      const grouped = readdirSync(join(projects.vitest, 'grouped')).map((f) =>
        readFileSync(join(projects.vitest, 'grouped', f), 'utf8'),
      )
      expect(grouped).toHaveLength(2)
      expect(grouped.join('').match(/await import/g)).toHaveLength(12)
      expect(readFileSync(join(projects.behave, 'features/steps/steps.py'), 'utf8')).toContain('@step(')
      expect(readFileSync(join(projects.behave, 'sut.py'), 'utf8')).toContain('_busy(500)')
      expect(readFileSync(join(projects.cucumber, 'steps/steps.mjs'), 'utf8')).toContain("from '@cucumber/cucumber'")
      expect(readFileSync(join(projects.quickpickle, 'vitest.config.ts'), 'utf8')).toContain('quickpickle()')
      expect(readFileSync(join(projects.brine, 'vitest.config.ts'), 'utf8')).toContain("from 'brine/plugin'")
      expect(readFileSync(join(projects.brine, 'vitest.ci.config.ts'), 'utf8')).toContain(
        "brine({ steps: 'steps/**/*.mjs', group: 'auto', concurrent: true })",
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
