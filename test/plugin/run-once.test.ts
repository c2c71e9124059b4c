// Every scenario runs exactly once, whatever shape the user's config has. For each shape README
// documents, a real run's tests are exactly the pickles Gherkin compiles from the selected feature
// files (each once, none missing), next to the user's own tests when that shape runs them.
import { join, relative } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { createVitest, type TestModule } from 'vitest/node'
import { parseFeature } from '../../src/compile/parse-feature.ts'
import { fixtureProject, runVitest, type FixtureProject, type JsonReport } from '../support/fixture-project.ts'

const FILES: Record<string, string> = {
  'features/cart.feature': `Feature: Cart
  Background:
    Given the number 1

  Scenario: cart empty
    Given the number 2

  Scenario Outline: cart add <n>
    Given the number <n>

    Examples:
      | n |
      | 3 |
      | 4 |
`,
  'features/shop/rules.feature': `Feature: Rules
  Rule: first rule
    Scenario: rule one
      Given the number 5

  Rule: second rule
    @slow
    Scenario: rule two
      Given the number 6
`,
  'features/draft/idea.feature': `Feature: Idea
  Scenario: idea one
    Given the number 7
`,
  'steps/steps.ts': "import { Given } from 'brine'\nGiven('the number {int}', () => {})\n",
  'src/sum.test.ts': "import { expect, test } from 'vitest'\ntest('unit adds', () => expect(1 + 2).toBe(3))\n",
}
const FEATURES = Object.keys(FILES).filter((path) => path.endsWith('.feature'))
const NOT_DRAFT = FEATURES.filter((path) => !path.includes('draft'))
const UNIT = ['unit adds']

/** The names of the pickles Gherkin compiles from the given feature files, each once. */
function pickles(files: string[] = FEATURES): string[] {
  return files.flatMap((path) => parseFeature(FILES[path]!, path, 'en').pickles.map((p) => p.name))
}

const src = (path: string) => JSON.stringify(join(import.meta.dirname, '../../src', path))
/** brine() in one project of the user's own, the layout README describes for test.projects. */
const PROJECTS_CONFIG = `import { defineConfig } from 'vitest/config'
import { brine } from ${src('plugin/index.ts')}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^brine$/, replacement: ${src('runtime/index.ts')} },
      { find: /^brine\\/internal$/, replacement: ${src('runtime/internal.ts')} },
    ],
  },
  test: {
    projects: [
      { extends: true, plugins: [brine()], test: { name: 'bdd' } },
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } },
    ],
  },
})
`

interface Shape {
  /** Source text of brine()'s options and of the config's `test`. */
  plugin?: string
  test?: string
  /** A whole vitest.config.ts instead. */
  config?: string
  /** One run per entry (shards): their tests together are what is checked. */
  runs?: string[][]
  env?: Record<string, string>
  /** The tests that run (pass), each exactly once. */
  run: string[]
  /** Every test reported, skipped ones included; `run` when not given. */
  reported?: string[]
}

const INCLUDE_FEATURES = "{ include: ['features/**/*.feature'] }"
const INCLUDE_BOTH = "{ include: ['features/**/*.feature', 'src/**/*.test.ts'] }"
const EXCLUDE_DRAFT = "{ exclude: ['**/node_modules/**', 'features/draft/**'] }"
const ALL = [...pickles(), ...UNIT]
// Vitest shards each pool's files on its own: with features and unit tests, shard the features alone.
const shard = (n: number) => ['--project', 'features', `--shard=${n}/2`]

const shapes: Record<string, Shape> = {
  'no test settings': { run: ALL },
  'an include of other tests': { test: "{ include: ['src/**/*.test.ts'] }", run: ALL },
  'an include of the features': { test: INCLUDE_FEATURES, run: pickles() },
  'an include of both': { test: INCLUDE_BOTH, run: ALL },
  'an exclude': { test: EXCLUDE_DRAFT, run: [...pickles(NOT_DRAFT), ...UNIT] },
  'group mode': { plugin: '{ group: 2 }', run: ALL },
  'group mode, an include of the features': { plugin: '{ group: 2 }', test: INCLUDE_FEATURES, run: pickles() },
  'group mode, an include of both': { plugin: '{ group: 2 }', test: INCLUDE_BOTH, run: ALL },
  'group mode, an exclude': { plugin: '{ group: 2 }', test: EXCLUDE_DRAFT, run: [...pickles(NOT_DRAFT), ...UNIT] },
  'group mode from BRINE_GROUP': { test: INCLUDE_FEATURES, env: { BRINE_GROUP: 'auto' }, run: pickles() },
  isolate: { plugin: '{ isolate: true }', test: INCLUDE_BOTH, run: ALL },
  'isolate, group mode': { plugin: '{ isolate: true, group: 2 }', run: ALL },
  'the project option and test.name, --project': {
    plugin: "{ project: 'bdd' }",
    test: "{ name: 'unit' }",
    runs: [['--project', 'bdd']],
    run: pickles(),
  },
  '--project features': { test: INCLUDE_BOTH, runs: [['--project', 'features']], run: pickles() },
  'a file filter': { runs: [['features/cart.feature']], run: pickles(['features/cart.feature']) },
  'a folder filter (the features npm script)': { test: INCLUDE_BOTH, runs: [['features/']], run: pickles() },
  'a line filter': {
    runs: [['features/cart.feature:14']],
    run: ['cart add 4'],
    reported: pickles(['features/cart.feature']),
  },
  'a tag expression': {
    env: { BRINE_TAGS: 'not @slow' },
    run: ALL.filter((name) => name !== 'rule two'),
    reported: ALL,
  },
  shards: { runs: [shard(1), shard(2)], run: pickles() },
  'shards, group mode': { env: { BRINE_GROUP: '4' }, runs: [shard(1), shard(2)], run: pickles() },
  'projects of the user, brine() at the root': {
    test: "{ projects: [{ extends: true, test: { name: 'unit', include: ['src/**/*.test.ts'] } }] }",
    run: ALL,
  },
  'projects of the user, brine() in one of them': { config: PROJECTS_CONFIG, run: ALL },
}

const sorted = (names: string[]) => [...names].sort()
const tests = (reports: (JsonReport | undefined)[], status?: string) =>
  reports.flatMap((report) =>
    (report?.testResults ?? []).flatMap((file) =>
      file.assertionResults.filter((t) => !status || t.status === status).map((t) => t.title),
    ),
  )

describe('each scenario runs exactly once', () => {
  const made: FixtureProject[] = []
  afterAll(() => made.forEach((project) => project.remove()))

  test('the fixture: 6 pickles, the one at line 14 an outline row', () => {
    expect(pickles()).toEqual(['cart empty', 'cart add 3', 'cart add 4', 'rule one', 'rule two', 'idea one'])
    expect(FILES['features/cart.feature']!.split('\n')[13]).toBe('      | 4 |')
  })

  test.concurrent.for(Object.entries(shapes))('%s', { timeout: 120_000 }, async ([, shape], { expect }) => {
    const project = fixtureProject(FILES, shape.plugin ?? '{}', shape.test ?? '{}')
    made.push(project)
    if (shape.config) project.write('vitest.config.ts', shape.config)
    const results = []
    for (const args of shape.runs ?? [[]]) results.push(await runVitest(project, args, shape.env ?? {}))
    const output = results.map((r) => r.stdout + r.stderr).join('\n')
    const reports = results.map((r) => r.json)
    expect(sorted(tests(reports, 'passed')), output).toEqual(sorted(shape.run))
    expect(sorted(tests(reports)), output).toEqual(sorted(shape.reported ?? shape.run))
    // Group mode is on in brine's own layout: brine has no reason to say otherwise.
    expect(output).not.toContain('brine: group mode needs')
  })

  test('watch mode, with group mode and an include of the features: the first run', async () => {
    const project = fixtureProject(FILES, '{ group: 2 }', INCLUDE_FEATURES)
    made.push(project)
    let ran: (modules: readonly TestModule[]) => void = () => {}
    const firstRun = new Promise<readonly TestModule[]>((resolve) => (ran = resolve))
    const vitest = await createVitest('test', {
      root: project.dir,
      watch: true,
      reporters: [{ onTestRunEnd: (modules: readonly TestModule[]) => ran(modules) }],
    })
    try {
      await vitest.start()
      const modules = await firstRun
      const names = modules.flatMap((m) => [...m.children.allTests()].map((t) => t.name))
      expect(sorted(names)).toEqual(sorted(pickles()))
      // Watch mode runs the feature files themselves, one test file each, never the group files.
      expect(modules.map((m) => relative(project.dir, m.moduleId)).sort()).toEqual([...FEATURES].sort())
    } finally {
      await vitest.close()
    }
  }, 120_000)
})
