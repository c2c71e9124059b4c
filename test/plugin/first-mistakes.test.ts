// The first mistakes of a new project each get one line that says what is wrong and how to fix it:
// no feature files, no step files, brine() twice, a step file that does not compile, a Node or
// Vitest brine does not support, a BRINE_TAGS that does not parse, an unknown option. (brine()
// missing from the config: see test/check/check-exit.test.ts, where brine check says it.)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { brine } from '../../src/plugin/index.ts'
import { resolveOptions } from '../../src/plugin/options.ts'
import { SUPPORTED_NODE, SUPPORTED_VITEST, unsupportedVersion } from '../../src/plugin/supported-versions.ts'
import { fixtureConfig, fixtureProject, repoRoot, runVitest, type FixtureProject } from '../support/fixture-project.ts'

const made: FixtureProject[] = []
const project = (files: Record<string, string>, plugin?: string, testConfig?: string) => {
  const p = fixtureProject(files, plugin, testConfig)
  made.push(p)
  return p
}
afterAll(() => made.forEach((p) => p.remove()))

const FEATURE = 'Feature: F\n  Scenario: S\n    Given a step\n'
const STEPS = "import { Given } from 'brine'\nGiven('a step', () => {})\n"
const UNIT = "import { test } from 'vitest'\ntest('unit', () => {})\n"
const output = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr
const count = (text: string, part: string) => text.split(part).length - 1

describe('a run', () => {
  test('without feature files names the glob that found none, once', async () => {
    const p = project({ 'src/a.test.ts': UNIT, 'steps/a.ts': STEPS })
    const result = await runVitest(p)
    const note = `brine: no feature files match features/**/*.feature in ${p.dir}: add one there (npx brine init writes an example) or point brine({ features }) at yours`
    expect(count(output(result), note), output(result)).toBe(1)
    expect(result.exitCode).toBe(0)
  }, 60_000)

  test('without step files names the steps glob', async () => {
    const p = project({ 'features/a.feature': FEATURE }, "{ steps: 'support/**/*.steps.ts' }")
    const result = await runVitest(p)
    expect(output(result)).toContain(
      `brine: no step files match support/**/*.steps.ts in ${p.dir}, so every step is undefined: add one there`,
    )
    expect(result.json?.numFailedTests).toBe(1)
  }, 60_000)

  test('with brine() twice (a project that extends the root has its plugins) stops and says to keep one', async () => {
    const twice = fixtureConfig().replace(
      'test: {},',
      "test: { projects: [{ extends: true, plugins: [brine()], test: { name: 'bdd' } }] },",
    )
    const p = project({ 'features/a.feature': FEATURE, 'steps/a.ts': STEPS, 'vitest.config.ts': twice })
    const result = await runVitest(p)
    expect(output(result)).toContain(
      'Error: brine() is in this Vitest config twice: keep one (a project with extends: true',
    )
    expect(result.exitCode).not.toBe(0)
  }, 60_000)

  test('with a step file that does not compile names the file, line and column', async () => {
    const p = project({
      'features/a.feature': FEATURE,
      'steps/a.ts': "import { Given } from 'brine'\nGiven('a step', () => {\n)\n",
    })
    const result = await runVitest(p)
    // Vite's own message: esbuild (Vite 7) writes `<file>:3:0: ERROR: …`, oxc (Vite 8) `[ steps/a.ts:3:1 ]`.
    expect(output(result)).toMatch(/steps\/a\.ts:3:\d+/)
    expect(result.exitCode).toBe(1)
  }, 60_000)

  test('with a BRINE_TAGS that does not parse stops before any worker starts, with one line', async () => {
    const p = project({ 'features/a.feature': FEATURE, 'features/b.feature': FEATURE, 'steps/a.ts': STEPS })
    const result = await runVitest(p, [], { BRINE_TAGS: '@smoke and' })
    const line =
      'BRINE_TAGS is not a valid tag expression: Tag expression "@smoke and" could not be parsed because of syntax error: Expected operand. Write one such as "@smoke and not @slow".'
    expect(output(result)).toContain(line)
    expect(output(result)).not.toContain('features/a.feature')
    expect(result.exitCode).not.toBe(0)
  }, 60_000)

  test('with an unknown option stops and names the option it meant', async () => {
    const p = project({ 'features/a.feature': FEATURE, 'steps/a.ts': STEPS }, "{ feature: 'x/*.feature' }")
    const result = await runVitest(p)
    expect(output(result)).toContain(
      'brine(): unknown option "feature" (did you mean "features"?); the options are features, steps,',
    )
    expect(result.exitCode).not.toBe(0)
  }, 60_000)
})

describe('the checks behind those lines', () => {
  test('unknown options, near and far, and tag expressions in the options', () => {
    expect(() => resolveOptions({ isolated: true } as never)).toThrow(
      'unknown option "isolated" (did you mean "isolate"?)',
    )
    expect(() => resolveOptions({ parallel: 2 } as never)).toThrow(
      /^brine\(\): unknown option "parallel"; the options are /,
    )
    expect(() => resolveOptions({ tags: 'not' })).toThrow('brine({ tags }) is not a valid tag expression: ')
    expect(resolveOptions({ tags: '@a and not @b' }).tags).toBe('@a and not @b')
  })

  test('brine() twice in one resolved config is an error; once is not', () => {
    const plugin = brine()
    const resolved = (plugins: { name: string }[]) =>
      (plugin.configResolved as (config: unknown) => void)({ root: repoRoot, plugins })
    expect(() => resolved([{ name: 'brine' }, { name: 'vite:x' }, { name: 'brine' }])).toThrow(
      'brine() is in this Vitest config twice',
    )
    expect(() => resolved([{ name: 'brine' }])).not.toThrow()
  })

  test('Node and Vitest versions: the supported ranges are the package ranges, and others get a line naming the fix', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
      engines: { node: string }
      peerDependencies: { vitest: string }
    }
    expect(pkg.engines.node).toBe(SUPPORTED_NODE)
    expect(pkg.peerDependencies.vitest).toBe(SUPPORTED_VITEST)
    for (const node of ['20.19.0', '22.12.0', '24.1.0', 'v23.0.0'])
      expect(unsupportedVersion(node, '3.2.7')).toBeUndefined()
    for (const vitest of ['3.2.0', '4.1.12', undefined]) expect(unsupportedVersion('20.19.0', vitest)).toBeUndefined()
    expect(unsupportedVersion('18.20.4', '3.2.7')).toBe(
      'brine needs Node ^20.19.0 or >=22.12.0, not 18.20.4: install a newer Node (20.19 or 22.12 and later)',
    )
    expect(unsupportedVersion('22.11.0', '3.2.7')).toMatch(/not 22\.11\.0/)
    expect(unsupportedVersion('20.18.3', '3.2.7')).toMatch(/not 20\.18\.3/)
    expect(unsupportedVersion('20.19.0', '3.1.4')).toBe(
      'brine needs Vitest >=3.2.0 <5, not 3.1.4: npm install --save-dev vitest@3.2 (or vitest@4)',
    )
    expect(unsupportedVersion('20.19.0', '5.0.0')).toMatch(/not 5\.0\.0/)
    // This Node and this Vitest are supported: brine() is made without complaint.
    expect(() => brine()).not.toThrow()
  })
})
