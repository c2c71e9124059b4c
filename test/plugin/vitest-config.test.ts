import { describe, expect, test } from 'vitest'
import { configDefaults } from 'vitest/config'
import { resolveOptions } from '../../src/plugin/options.ts'
import {
  BATCH_POOL,
  FEATURE_RUNNER,
  PROJECT_MARKER,
  pluginNames,
  vitestConfig,
} from '../../src/plugin/vitest-config.ts'

const options = resolveOptions()

describe('the Vitest settings brine() adds', () => {
  test('features get a non-isolated threads project; other tests keep their isolation', () => {
    const config = vitestConfig({ test: { include: ['test/**/*.test.ts'] } }, options, 4)
    const [features, others] = config.test!.projects as { test: Record<string, unknown> }[]
    expect(config.test!.poolOptions).toBeUndefined()
    expect(features!.test).toMatchObject({
      name: 'features',
      include: ['features/**/*.feature'],
      pool: 'threads',
      isolate: false,
    })
    expect(features!.test.runner).toBeUndefined()
    expect(features!.test.exclude).toContain('test/**/*.test.ts')
    expect(others!.test).toMatchObject({ name: 'tests', include: ['test/**/*.test.ts'], isolate: true })
    expect(others!.test.exclude).toContain('features/**/*.feature')
  })

  test("under Vitest 3 the features run on brine's batch pool and runner, unless isolated or told otherwise", () => {
    const features = (config: ReturnType<typeof vitestConfig>) =>
      (config.test!.projects as { test: Record<string, unknown> }[])[0]!.test
    const config = vitestConfig({ test: { include: ['test/**/*.test.ts'] } }, options, 3)
    expect(config.test!.poolOptions).toEqual({ threads: { isolate: false } })
    expect(features(config)).toMatchObject({ pool: BATCH_POOL, runner: FEATURE_RUNNER, isolate: false })
    expect(BATCH_POOL).toMatch(/src\/plugin\/batch-pool\.ts$/)
    expect(FEATURE_RUNNER).toMatch(/src\/runtime\/feature-runner\.ts$/)
    expect(features(vitestConfig({}, resolveOptions({ isolate: true }), 3)).pool).toBe('threads')
    expect(features(vitestConfig({ test: { poolOptions: { threads: { isolate: true } } } }, options, 3)).pool).toBe(
      'threads',
    )
    expect(
      features(vitestConfig({ test: { environmentMatchGlobs: [['**/*.feature', 'jsdom']] } }, options, 3)).pool,
    ).toBe('threads')
    // A runner of the user's own is theirs to keep.
    expect(features(vitestConfig({ test: { runner: './my-runner.ts' } }, options, 3)).runner).toBeUndefined()
    const before = process.env.BRINE_POOL
    process.env.BRINE_POOL = 'threads'
    try {
      expect(features(vitestConfig({}, options, 3)).pool).toBe('threads')
    } finally {
      if (before === undefined) delete process.env.BRINE_POOL
      else process.env.BRINE_POOL = before
    }
  })

  test('without an include, the other project keeps Vitest defaults', () => {
    const config = vitestConfig({}, options)
    const others = (config.test!.projects as { test: Record<string, unknown> }[])[1]!
    expect(others.test.include).toEqual(configDefaults.include)
  })

  test('the user can opt back in to isolation, or set it on the pool', () => {
    const isolated = vitestConfig({}, resolveOptions({ isolate: true, project: 'bdd' }))
    expect(isolated.test!.poolOptions).toEqual({ threads: { isolate: true } })
    expect((isolated.test!.projects as { test: { name: string } }[])[0]!.test.name).toBe('bdd')
    const pool = vitestConfig({ test: { poolOptions: { threads: { isolate: true } } } }, options)
    expect(pool.test!.poolOptions).toEqual({ threads: { isolate: true } })
  })

  test('inside the features project, only the coverage exclusion is added', () => {
    const config = vitestConfig({ test: { env: { [PROJECT_MARKER]: '1' } } }, options)
    expect(config.test!.projects).toBeUndefined()
    expect(config.test!.coverage).toMatchObject({ exclude: expect.arrayContaining(['**/*.feature']) })
  })

  test('users with their own projects get the feature files added to include', () => {
    const config = vitestConfig({ test: { projects: ['packages/*'], coverage: { exclude: ['x'] } } }, options)
    expect(config.test!.include).toEqual([...configDefaults.include, 'features/**/*.feature'])
    expect(config.test!.coverage).toEqual({ exclude: ['**/*.feature', '**/*.feature.md'] })
  })

  test('inside a project of the user (even one that sees the root projects), brine adds the features to its include', () => {
    const project = { name: 'vitest:project' }
    const bare = vitestConfig({ plugins: [[{ name: 'brine' }], [project]], test: { projects: ['x'] } }, options)
    expect(bare.test!.include).toEqual(['features/**/*.feature'])
    expect(bare.test!.projects).toBeUndefined()
    const own = vitestConfig({ plugins: [project], test: { include: ['src/**/*.test.ts'] } }, options)
    expect(own.test!.include).toEqual(['src/**/*.test.ts', 'features/**/*.feature'])
    expect(pluginNames([null, false, [{ name: 'a' }, [{ name: 'b' }]], { name: 'c' }])).toEqual(['a', 'b', 'c'])
  })

  test('options have defaults and accept lists', () => {
    expect(resolveOptions({ features: 'specs/*.feature', steps: ['a.ts', 'b.ts'] })).toMatchObject({
      features: ['specs/*.feature'],
      steps: ['a.ts', 'b.ts'],
      language: 'en',
      concurrent: false,
    })
  })
})
