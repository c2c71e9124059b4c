// Flag parsing of `npm run bench`: defaults, presets, overrides and the errors a typo gets.
import { describe, expect, test } from 'vitest'
import { BenchUsageError, defaults, parseBenchArgs } from '../../scripts/bench/bench-options.ts'

describe('parseBenchArgs', () => {
  test('no flags: the suite of issue 5', () => {
    expect(parseBenchArgs([])).toEqual(defaults)
    expect(defaults).toMatchObject({ features: 339, scenarios: 5, steps: 5, importMs: 500, stepCpuMs: 0.5, ioMs: 2 })
  })

  test('presets apply first, flags override them wherever they stand', () => {
    const options = parseBenchArgs(['--ioMs=7', '--io-heavy', '--runs', '5'])
    expect(options).toMatchObject({ preset: 'io-heavy', concurrent: true, stepCpuMs: 0.1, ioMs: 7, runs: 5 })
    expect(parseBenchArgs(['--cpu-only'])).toMatchObject({ preset: 'cpu-only', ioMs: 0, stepCpuMs: 2 })
    expect(parseBenchArgs(['--smoke'])).toMatchObject({ preset: 'smoke', runs: 1, growth: false })
  })

  test("--preset seed: the real suite's size, composing with another preset", () => {
    expect(parseBenchArgs(['--preset', 'seed'])).toMatchObject({
      preset: 'seed',
      shape: 'seed',
      features: 682,
      totalScenarios: 15_230,
      totalSteps: 56_000,
      stepCpuMs: 0.5,
      ioMs: 2,
      runs: 1,
      growth: false,
    })
    const heavy = parseBenchArgs(['--preset=seed,io-heavy', '--runs', '2'])
    expect(heavy).toMatchObject({ preset: 'seed+io-heavy', shape: 'seed', ioMs: 100, concurrent: true, runs: 2 })
    expect(parseBenchArgs(['--preset', 'seed', '--cpu-only']).preset).toBe('seed+cpu-only')
  })

  test('kebab-case names, lists, booleans and a lone --', () => {
    const options = parseBenchArgs([
      '--',
      '--step-cpu-ms',
      '1.5',
      '--only',
      'brine,vitest',
      '--no-growth',
      '--concurrent',
    ])
    expect(options).toMatchObject({ stepCpuMs: 1.5, only: ['brine', 'vitest'], growth: false, concurrent: true })
    expect(parseBenchArgs(['--out', 'x/y']).out).toBe('x/y')
  })

  test.each([
    [['features'], 'Unexpected argument "features"'],
    [['--feature', '3'], 'Unknown flag --feature'],
    [['--runs', 'many'], '--runs needs a number'],
    [['--runs'], '--runs needs a number'],
    [['--features', '-1'], '--features needs a number'],
    [['--out'], '--out needs a value'],
    [['--preset', 'x'], 'Unknown preset "x" (cpu-only, io-heavy, smoke, seed)'],
    [['--preset'], '--preset needs a value'],
    [['--shape', 'round'], '--shape is grid or seed'],
  ])('%j is refused: %s', (argv, message) => {
    expect(() => parseBenchArgs(argv)).toThrow(new BenchUsageError(message))
  })
})
