import { afterEach, expect, test } from 'vitest'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fixtureConfig, fixtureProject, repoRoot, runVitest, type FixtureProject } from '../support/fixture-project.ts'
import { brine } from './check-io.ts'

const projects: FixtureProject[] = []
const project = (files: Record<string, string>, pluginOptions?: string) => {
  const made = fixtureProject(files, pluginOptions)
  projects.push(made)
  return made
}
afterEach(() => {
  for (const made of projects.splice(0)) made.remove()
})

const feature = 'Feature: F\n\n  Scenario: S\n    Given a step\n    Then another step\n'

test('exits 0 when every step has exactly one definition, without running globalSetup', async () => {
  const made = fixtureProject(
    {
      'features/f.feature': feature,
      'steps/f.ts': "import { Given } from 'brine'\nGiven('a step', () => {})\nGiven('another step', () => {})\n",
      'global-setup.ts':
        "import { writeFileSync } from 'node:fs'\nexport default () => writeFileSync(new URL('./global-setup-ran', import.meta.url), '')\n",
    },
    '{}',
    "{ globalSetup: ['./global-setup.ts'] }",
  )
  projects.push(made)
  const { code, stdout } = await brine(made, 'check')
  expect(stdout).toBe('1 feature, 2 steps: 2 matched, 0 undefined, 0 ambiguous\n')
  expect(code).toBe(0)
  expect(existsSync(join(made.dir, 'global-setup-ran'))).toBe(false)
  // A real run does run it, so the check above would have seen it.
  await runVitest(made)
  expect(existsSync(join(made.dir, 'global-setup-ran'))).toBe(true)
}, 30_000)

test('checks only the scenarios the tags option selects, as a run would', async () => {
  const made = project(
    {
      'features/f.feature':
        'Feature: F\n\n  Scenario: S\n    Given a step\n\n  @xfail\n  Scenario: X\n    Given a missing step\n',
      'steps/f.ts': "import { Given } from 'brine'\nGiven('a step', () => {})\n",
    },
    "{ tags: 'not @xfail' }",
  )
  const { code, stdout } = await brine(made, 'check')
  expect(stdout).toBe('1 feature, 1 step: 1 matched, 0 undefined, 0 ambiguous\n')
  expect(code).toBe(0)
}, 30_000)

test('reads the features and steps globs of the brine() options', async () => {
  const made = project(
    {
      'spec/f.feature': feature,
      'spec/steps.ts': "import { Given } from 'brine'\nGiven('a step', () => {})\n",
      'steps/ignored.ts': "import { Given } from 'brine'\nGiven('another step', () => {})\n",
    },
    "{ features: 'spec/**/*.feature', steps: 'spec/*.ts' }",
  )
  const { code, stdout } = await brine(made, 'check')
  expect(stdout).toContain('Undefined: Then another step\n  spec/f.feature:5\n')
  expect(code).toBe(1)
}, 30_000)

test("finds the features in a project layout of the user's own", async () => {
  const made = project(
    {
      'bdd/f.feature': feature,
      'steps/f.ts': "import { Given } from 'brine'\nGiven('a step', () => {})\nGiven('another step', () => {})\n",
    },
    "{ features: 'bdd/**/*.feature' }",
  )
  const config = made.read('vitest.config.ts')
  made.write(
    'vitest.config.ts',
    config.replace(
      'test: {},',
      "test: { projects: [{ extends: true, test: { name: 'unit', include: ['unit/**/*.test.ts'] } }, { extends: true, test: { name: 'bdd', include: ['bdd/**/*.feature'] } }] },",
    ),
  )
  expect(made.read('vitest.config.ts')).toContain("name: 'bdd'")
  const { code, stdout, stderr } = await brine(made, 'check')
  expect(stderr).toBe('')
  expect(stdout).toBe('1 feature, 2 steps: 2 matched, 0 undefined, 0 ambiguous\n')
  expect(code).toBe(0)
}, 30_000)

test('a definition that cannot compile breaks the steps it is tried on, as in a run', async () => {
  const made = project({
    'features/f.feature': feature,
    'steps/f.ts': "import { Given } from 'brine'\nGiven('a {thing}', () => {})\n",
  })
  const { code, stdout } = await brine(made, 'check', '--format', 'json')
  const { steps } = JSON.parse(stdout) as { steps: { status: string; error: string }[] }
  expect(steps[0]!.status).toBe('error')
  expect(steps[0]!.error).toContain("Undefined parameter type 'thing'")
  expect(code).toBe(1)
}, 30_000)

test('exits 3 when a step file fails to load, naming it with its error', async () => {
  const made = project({
    'features/f.feature': feature,
    'steps/f.ts': "throw new Error('cannot reach the database')\n",
  })
  const { code, stdout, stderr } = await brine(made, 'check')
  expect(stdout).toBe('')
  expect(stderr).toMatch(/^brine check: steps\/f\.ts failed to load: cannot reach the database\n/)
  expect(stderr).toContain('Error: cannot reach the database\n    at ')
  expect(code).toBe(3)
}, 30_000)

test('a step file with a syntax error is named with the place the compiler gives', async () => {
  const made = project({
    'features/f.feature': feature,
    'steps/f.ts': "import { Given } from 'brine'\nGiven('a step', () => {\n)\n",
  })
  const { code, stderr } = await brine(made, 'steps')
  // esbuild (Vite 7) names the place in its message, oxc (Vite 8) in the error's loc: either way, one line.
  expect(stderr.split('\n')[0]).toMatch(/^brine steps: steps\/f\.ts failed to load: .*steps\/f\.ts:3:\d+\b/)
  expect(stderr.split('\n')[0]).not.toContain('Transform failed')
  expect(code).toBe(3)
}, 30_000)

test('a feature that does not parse is reported with file:line:column; the others are checked', async () => {
  const made = project({
    'features/a.feature': feature,
    'features/bad.feature': 'Feature: Bad\n  Scenario: S\n    Given a step\n  oops\n',
    'features/c.feature': 'Feature: C\n  Scenario: T\n    Given a step\n    When nobody wrote this\n',
    'steps/f.ts': "import { Given } from 'brine'\nGiven('a step', () => {})\nGiven('another step', () => {})\n",
  })
  const text = await brine(made, 'check')
  expect(text.stdout).toMatch(/^Does not parse: features\/bad\.feature:4:3: \(4:3\): expected: /)
  expect(text.stdout).toContain('Undefined: When nobody wrote this\n  features/c.feature:4\n')
  expect(text.stdout).toMatch(/\n3 features \(1 not parsed\), 4 steps: 3 matched, 1 undefined, 0 ambiguous\n$/)
  expect(text.code).toBe(1)
  const json = await brine(made, 'check', '--format', 'json')
  const report = JSON.parse(json.stdout) as { unparsed: { uri: string; line: number; column: number }[] }
  expect(report.unparsed).toMatchObject([{ uri: 'features/bad.feature', line: 4, column: 3 }])
  expect(json.code).toBe(1)
  // The catalog too: the uses of the features that parse, and the one that does not.
  const steps = await brine(made, 'steps')
  expect(steps.stdout).toMatch(/^Does not parse: features\/bad\.feature:4:3: /)
  expect(steps.stdout).toContain('a step  # steps/f.ts:2  (2 uses)')
  expect(steps.code).toBe(1)
}, 60_000)

test('without feature files or without step files, it says which glob found nothing and exits 1', async () => {
  const empty = project({ 'steps/f.ts': "import { Given } from 'brine'\nGiven('a step', () => {})\n" })
  const none = await brine(empty, 'check')
  expect(none.stderr).toBe(
    `brine: no feature files match features/**/*.feature in ${empty.dir}: add one there (npx brine init writes an example) or point brine({ features }) at yours\n`,
  )
  expect(none.code).toBe(1)
  const stepless = project({ 'features/f.feature': feature })
  const undefinedSteps = await brine(stepless, 'check')
  expect(undefinedSteps.stderr).toContain('brine: no step files match steps/**/*.{ts,js,mts,mjs} in ')
  expect(undefinedSteps.stdout).toContain('2 undefined')
  expect(undefinedSteps.code).toBe(1)
}, 60_000)

test('exits 3 when the config has no brine() plugin', async () => {
  const made = project({ 'vitest.config.ts': "export default { test: { include: ['x.test.ts'] } }\n" })
  const { code, stderr } = await brine(made, 'steps')
  expect(stderr).toContain('brine steps: No brine() plugin found in the Vitest config')
  expect(stderr).toContain(
    "add import { brine } from 'brine/plugin' and plugins: [brine()] to it, or run npx brine init",
  )
  expect(code).toBe(3)
}, 30_000)

test('exits 3 when the config is missing or fails to load', async () => {
  const made = project({ 'broken.config.ts': "throw new Error('no such environment')\n" })
  const missing = await brine(made, 'check', '--config', `${made.dir}/nope.config.ts`)
  expect(missing.stderr).toBe(`brine check: No config file at ${made.dir}/nope.config.ts\n`)
  expect(missing.code).toBe(3)
  const broken = await brine(made, 'check', '--config', `${made.dir}/broken.config.ts`)
  expect(broken.stderr).toContain('brine check: The Vitest config could not be loaded: no such environment')
  expect(broken.code).toBe(3)
}, 30_000)

test('exits 3 when the project resolves "brine" to another copy than this one', async () => {
  const made = project({
    'features/f.feature': feature,
    'other-brine/index.ts': 'export {}\n',
  })
  made.write(
    'vitest.config.ts',
    fixtureConfig().replace(
      /replacement: "[^"]*runtime\/index\.ts"/,
      `replacement: ${JSON.stringify(`${made.dir}/other-brine/index.ts`)}`,
    ),
  )
  const { code, stderr } = await brine(made, 'check')
  expect(stderr).toContain(`The project's "brine" is ${made.dir}/other-brine/index.ts, not this brine`)
  expect(code).toBe(3)
}, 30_000)

test('exits 3 when "brine" cannot be resolved in the project', async () => {
  const made = project({ 'features/f.feature': feature })
  const plugin = JSON.stringify(join(repoRoot, 'src/plugin/index.ts'))
  made.write(
    'vitest.config.ts',
    `import { defineConfig } from 'vitest/config'\nimport { brine } from ${plugin}\nexport default defineConfig({ plugins: [brine()] })\n`,
  )
  const { code, stderr } = await brine(made, 'check')
  expect(stderr).toContain('brine check: "brine" cannot be resolved from')
  expect(code).toBe(3)
}, 30_000)

test('exits 2 on options it does not know, without loading anything', async () => {
  const made = project({})
  const bad = await brine(made, 'check', '--format', 'xml')
  expect(bad.stderr).toContain(
    'brine check: --format must be text or json, not "xml"\nUsage: brine check [--unused] [--format',
  )
  expect(bad.code).toBe(2)
  const unknown = await brine(made, 'steps', '--verbose')
  expect(unknown.stderr).toContain("Unknown option '--verbose'")
  expect(unknown.stderr).toContain('Usage: brine steps [--format text|json] [--config file] [--root dir]\n')
  expect(unknown.code).toBe(2)
})
