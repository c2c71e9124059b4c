// Group mode (`group` / BRINE_GROUP): features split into balanced group files, each a Vitest test
// file that imports its features at once and registers them in order; scenarios, failures and
// their .feature lines stay as without groups, and a broken feature fails alone.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test, vi } from 'vitest'
import {
  balance,
  groupCount,
  groupSetting,
  groupModule,
  hasProject,
  isGroup,
  writeGroups,
} from '../../src/plugin/feature-groups.ts'
import { brine } from '../../src/plugin/index.ts'
import { byTitle, fixtureProject, repoRoot, runVitest } from '../support/fixture-project.ts'

describe('group files', () => {
  test('BRINE_GROUP: a count, auto, or off', () => {
    expect(groupSetting(undefined)).toBe(0)
    expect(groupSetting('0')).toBe(0)
    expect(groupSetting('false')).toBe(0)
    expect(groupSetting('3')).toBe(3)
    expect(groupSetting('auto')).toBe('auto')
    expect(groupSetting('true')).toBe('auto')
    expect(() => groupSetting('two')).toThrow('BRINE_GROUP must be a positive number or "auto", not "two"')
    expect(() => groupSetting('1.5')).toThrow()
  })

  test('the group option counts when BRINE_GROUP is unset or empty; BRINE_GROUP overrides it', () => {
    expect(groupSetting(undefined, 3)).toBe(3)
    expect(groupSetting('', 'auto')).toBe('auto')
    expect(groupSetting(undefined, true)).toBe('auto')
    expect(groupSetting(undefined, false)).toBe(0)
    expect(groupSetting('0', 4)).toBe(0)
    expect(groupSetting('2', 4)).toBe(2)
    expect(() => groupSetting(undefined, 0.5)).toThrow(
      'brine({ group }) must be a positive number or "auto", not "0.5"',
    )
  })

  test('auto makes one group per thread Vitest starts, as Vitest 3 counts them', () => {
    expect(groupCount(3, {}, 8)).toBe(3)
    expect(groupCount('auto', {}, 8)).toBe(7)
    expect(groupCount('auto', { watch: true }, 8)).toBe(4)
    expect(groupCount('auto', {}, 1)).toBe(1)
    expect(groupCount('auto', { maxWorkers: 5 }, 8)).toBe(5)
    expect(groupCount('auto', { maxWorkers: 5, poolOptions: { threads: { maxThreads: 2 } } }, 8)).toBe(2)
    expect(groupCount('auto', { maxWorkers: '50%' }, 8)).toBe(7)
  })

  test('balance: biggest first into the smallest group; never an empty group', () => {
    const files = [
      { path: 'a', size: 10 },
      { path: 'b', size: 7 },
      { path: 'c', size: 5 },
      { path: 'd', size: 4 },
    ]
    expect(balance(files, 2)).toEqual([
      ['a', 'd'],
      ['b', 'c'],
    ])
    expect(balance(files.slice(0, 1), 4)).toEqual([['a']])
    expect(balance([], 2)).toEqual([])
  })

  test('writes the groups, replaces old ones, and the module imports each listed feature', () => {
    const root = mkdtempSync(join(tmpdir(), 'brine-groups-'))
    try {
      mkdirSync(join(root, 'features/sub'), { recursive: true })
      for (const name of ['a', 'b', 'sub/c'])
        writeFileSync(join(root, `features/${name}.feature`), `Feature: ${name}\n`)
      writeGroups(root, ['features/**/*.feature'], 5, [])
      writeGroups(root, ['features/**/*.feature'], 2, [])
      const lists = [1, 2].map(
        (i) => JSON.parse(readFileSync(join(root, `.brine-cache/groups/group-${i}.feature-group`), 'utf8')) as string[],
      )
      expect(lists.flat().sort()).toEqual([
        '../../features/a.feature',
        '../../features/b.feature',
        '../../features/sub/c.feature',
      ])
      expect(() => readFileSync(join(root, '.brine-cache/groups/group-3.feature-group'))).toThrow()
      // The same groups again (a second shard starting): the files are left as they are, no temp files remain.
      const before = statSync(join(root, '.brine-cache/groups/group-1.feature-group'))
      writeGroups(root, ['features/**/*.feature'], 2, [])
      expect(statSync(join(root, '.brine-cache/groups/group-1.feature-group')).ino).toBe(before.ino)
      expect(readdirSync(join(root, '.brine-cache/groups')).sort()).toEqual([
        'group-1.feature-group',
        'group-2.feature-group',
      ])
      // The user's exclude keeps a feature out of every group, as it keeps it out of a run without groups.
      writeGroups(root, ['features/**/*.feature'], 1, ['features/sub/**'])
      expect(JSON.parse(readFileSync(join(root, '.brine-cache/groups/group-1.feature-group'), 'utf8'))).toEqual([
        '../../features/a.feature',
        '../../features/b.feature',
      ])
      const group = join(root, '.brine-cache/groups/group-1.feature-group')
      const source = JSON.stringify(['../../features/a.feature', 'x.feature'])
      const stepImports = ['../../steps/a.ts', '../../steps/b.ts']
      expect(groupModule(source, { runtime: 'brine/internal', groupPath: group, root, stepImports })).toBe(
        'import { collectGroup } from "brine/internal";\n' +
          'await collectGroup(() => Promise.all([import("../../steps/a.ts"), import("../../steps/b.ts")]), [\n' +
          '  ["features/a.feature", () => import("../../features/a.feature")],\n' +
          '  [".brine-cache/groups/x.feature", () => import("./x.feature")],\n' +
          ']);\n',
      )
      expect(isGroup('/p/.brine-cache/groups/group-1.feature-group')).toBe(true)
      expect(isGroup('/p/features/a.feature')).toBe(false)
    } finally {
      rmSync(root, { recursive: true, force: true })
    }
  })

  test('hasProject finds the features project of the layout brine sets up', () => {
    const config = { test: { projects: [{ test: { name: 'features' } }, { test: { name: 'tests' } }] } }
    expect(hasProject(config, 'features')).toBe(true)
    expect(hasProject(config, 'other')).toBe(false)
    expect(hasProject({}, 'features')).toBe(false)
  })
})

describe('brine() with BRINE_GROUP', () => {
  type Hook = (this: unknown, ...args: unknown[]) => unknown
  test('the features project runs the group files, which honour its exclude; load and transform serve them', async () => {
    const root = mkdtempSync(join(tmpdir(), 'brine-groups-plugin-'))
    process.env.BRINE_GROUP = '1'
    try {
      mkdirSync(join(root, 'features'))
      writeFileSync(join(root, 'features/a.feature'), 'Feature: A\n')
      writeFileSync(join(root, 'features/draft.feature'), 'Feature: Draft\n')
      const plugin = brine()
      const config = (plugin.config as Hook).call({}, { root }, {}) as {
        test: { projects: { test: { name: string; include: string[] } }[] }
      }
      expect(config.test.projects.find((p) => p.test.name === 'features')!.test.include).toEqual([
        'features/**/*.feature',
      ])
      ;(plugin.configResolved as Hook).call({}, { root })
      // The group files are written once Vitest's settings are known, for the features project only,
      // and become its test files; in watch mode the project keeps the feature files.
      const vitest = (watch: boolean) => ({
        config: { watch },
        vite: { watcher: { on: () => {} } },
        onFilterWatchedSpecification: () => {},
        onTestsRerun: () => {},
        logger: { warn: (note: string) => notes.push(note) },
      })
      const notes: string[] = []
      const run = vitest(false)
      const tests = { name: 'tests', config: { include: ['t'], exclude: [] } }
      ;(plugin.configureVitest as Hook).call({}, { vitest: run, project: tests })
      expect(tests.config.include).toEqual(['t'])
      expect(existsSync(join(root, '.brine-cache/groups'))).toBe(false)
      const watched = { name: 'features', config: { include: ['features/**/*.feature'], exclude: [] } }
      ;(plugin.configureVitest as Hook).call({}, { vitest: vitest(true), project: watched })
      expect(watched.config.include).toEqual(['features/**/*.feature'])
      expect(existsSync(join(root, '.brine-cache/groups'))).toBe(false)
      const features = { name: 'features', config: { include: ['features/**/*.feature'], exclude: ['**/draft.*'] } }
      ;(plugin.configureVitest as Hook).call({}, { vitest: run, project: features })
      expect(features.config.include).toEqual(['.brine-cache/groups/*.feature-group'])
      // This project has features but no step files, which brine says once per run (here two: the
      // run with its two projects, and the watch run), however many projects it has.
      const note = expect.stringMatching(/^brine: no step files match steps\//)
      expect(notes).toEqual([note, note])
      const group = join(root, '.brine-cache/groups/group-1.feature-group')
      const source = (await (plugin.load as Hook).call({}, group)) as string
      expect(JSON.parse(source)).toEqual(['../../features/a.feature'])
      const module = (await (plugin.transform as Hook).call({}, source, `${group}?v=1`)) as { code: string }
      expect(module.code).toContain('["features/a.feature", () => import("../../features/a.feature")]')
    } finally {
      delete process.env.BRINE_GROUP
      rmSync(root, { recursive: true, force: true })
    }
  })
})

describe('group mode with projects of the user', () => {
  test('is off, and brine says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    try {
      const plugin = brine({ group: 2 })
      const user = { root: '/p', test: { projects: [{ test: { name: 'mine' } }] } }
      const config = (plugin.config as (this: unknown, ...args: unknown[]) => unknown).call({}, user, {}) as {
        test: { include: string[] }
      }
      expect(config.test.include).toContain('features/**/*.feature')
      expect(warn).toHaveBeenCalledWith(
        'brine: group mode needs the projects brine() sets up; with test.projects of your own it is off',
      )
    } finally {
      warn.mockRestore()
    }
  })
})

describe('a grouped run', () => {
  const project = fixtureProject({
    'features/a.feature': 'Feature: A\n\n  Scenario: a passes\n    Given the number 1\n',
    'features/b.feature':
      'Feature: B\n\n  Scenario: b passes\n    Given the number 2\n\n  Scenario: b fails\n    Given the number 13\n',
    'features/c.feature': 'Feature: C\n\n  Scenario: c passes\n    Given the number 3\n',
    'steps/steps.ts': `import { Given } from 'brine'
Given('the number {int}', (_world, n: number) => {
  if (n === 13) throw new Error('unlucky')
})
`,
  })
  afterAll(() => project.remove())

  test('runs every scenario in 2 test files, with per-feature suites and .feature lines in failures', async () => {
    const result = await runVitest(project, [], { BRINE_GROUP: '2' })
    expect(result.exitCode).toBe(1)
    const report = result.json!
    expect(report.testResults.map((f) => f.name.replace(/.*\//, '')).sort()).toEqual([
      'group-1.feature-group',
      'group-2.feature-group',
    ])
    const tests = byTitle(report)
    expect([...tests.keys()].sort()).toEqual(['a passes', 'b fails', 'b passes', 'c passes'])
    expect(tests.get('b fails')!.status).toBe('failed')
    expect(tests.get('b fails')!.ancestorTitles).toEqual(['B'])
    expect(tests.get('b fails')!.failureMessages.join('\n')).toMatch(/features\/b\.feature:7/)
    expect(report.numPassedTests).toBe(3)
  }, 60_000)

  test('auto makes one group per thread of the run', async () => {
    const threads = ['--poolOptions.threads.maxThreads=2', '--poolOptions.threads.minThreads=2']
    const result = await runVitest(project, threads, { BRINE_GROUP: 'auto' })
    expect(result.json!.testResults.map((f) => f.name.replace(/.*\//, '')).sort()).toEqual([
      'group-1.feature-group',
      'group-2.feature-group',
    ])
    expect(result.json!.numTotalTests).toBe(4)
  }, 60_000)
})

describe('the group option', () => {
  const project = fixtureProject(
    {
      'features/a.feature': 'Feature: A\n\n  Scenario: a passes\n    Given the number 1\n',
      'features/b.feature': 'Feature: B\n\n  Scenario: b passes\n    Given the number 2\n',
      'features/broken.feature': 'Feature: Broken\n\n  Scenario: never runs\n    Given the number 3\n  Examples oops\n',
      'features/c.feature': 'Feature: C\n\n  Scenario: c passes\n    Given the number 4\n',
      'steps/steps.ts': `import { Given } from 'brine'
Given('the number {int}', () => {})
`,
    },
    '{ group: 1 }',
  )
  afterAll(() => project.remove())

  test('a broken feature fails alone under its path; the others run, in the group order', async () => {
    const result = await runVitest(project)
    expect(result.exitCode).toBe(1)
    const report = result.json!
    expect(report.testResults.map((f) => f.name.replace(/.*\//, ''))).toEqual(['group-1.feature-group'])
    const titles = report.testResults[0]!.assertionResults.map((t) => [...t.ancestorTitles, t.title].join(' > '))
    expect(titles).toEqual(['A > a passes', 'B > b passes', 'features/broken.feature > loads', 'C > c passes'])
    const broken = byTitle(report).get('loads')!
    expect(broken.status).toBe('failed')
    expect(broken.failureMessages.join('\n')).toContain('features/broken.feature:5:3: (5:3): expected: #EOF')
    expect(report.numPassedTests).toBe(3)
  }, 60_000)
})

describe('a group whose step file is broken', () => {
  const project = fixtureProject(
    {
      'features/a.feature': 'Feature: A\n\n  Scenario: a\n    Given the number 1\n',
      'features/b.feature': 'Feature: B\n\n  Scenario: b\n    Given the number 2\n',
      'steps/steps.ts': `throw new Error('the step file is broken')\n`,
    },
    '{ group: 1 }',
  )
  afterAll(() => project.remove())

  test('fails each feature with the step file error, and nothing goes unhandled', async () => {
    const summary = `--reporter=${join(repoRoot, 'src/reporters/summary.ts')}`
    const result = await runVitest(project, [summary])
    expect(result.exitCode).toBe(1)
    const report = result.json!
    const failures = report.testResults[0]!.assertionResults
    expect(failures.map((t) => [...t.ancestorTitles, t.title].join(' > '))).toEqual([
      'features/a.feature > loads',
      'features/b.feature > loads',
    ])
    for (const failure of failures) expect(failure.failureMessages.join('\n')).toContain('the step file is broken')
    expect(`${result.stdout}\n${result.stderr}`).not.toMatch(/Unhandled/i)
    // brine's reports leave features that could not load out, with groups as without.
    const ungrouped = await runVitest(project, [summary], { BRINE_GROUP: '0' })
    const counts = (output: string) => output.match(/^\d+ features? passed.*$/m)?.[0]
    expect(counts(result.stdout)).toBe('0 features passed, 0 failed, 0 skipped')
    expect(counts(ungrouped.stdout)).toBe(counts(result.stdout))
  }, 60_000)
})
