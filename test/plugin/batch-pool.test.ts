// brine's default layout: under Vitest 3 the features project runs on brine's batch pool (several
// feature files per worker task). Each feature stays a Vitest file of its own: file filters,
// file:line, -t, @only, isolate and Vitest's reporters behave as with one task per file.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { batchSize, environmentOf } from '../../src/plugin/batch-pool.ts'
import { vitestMajor } from '../../src/plugin/vitest-version.ts'
import { byTitle, fixtureProject, repoRoot, runVitest, type FixtureProject } from '../support/fixture-project.ts'

const major = vitestMajor(repoRoot)
// runVitest sets CI, where Vitest refuses .only unless allowed.
const threads = ['--poolOptions.threads.maxThreads=2', '--poolOptions.threads.minThreads=2', '--allowOnly']

describe('batch sizes and environments', () => {
  test('guided self-scheduling: big batches first, one file at the end, never zero', () => {
    const sizes: number[] = []
    for (let left = 339; left > 0; left -= sizes.at(-1)!) sizes.push(batchSize(left, 2))
    expect(sizes.slice(0, 3)).toEqual([85, 64, 48])
    expect(sizes.at(-1)).toBe(1)
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(339)
    expect(sizes.length).toBeLessThan(30)
    expect(batchSize(1, 8)).toBe(1)
  })

  test('a file is in the environment Vitest 3.2 would give it', () => {
    expect(environmentOf('Feature: x', undefined)).toEqual({ name: 'node', transformMode: undefined, options: null })
    expect(environmentOf('Feature: x', 'jsdom').name).toBe('jsdom')
    // Spelled in pieces: Vitest reads these comments in this test file's own source too.
    const tag = '@vitest' + '-environment'
    const docblock = `# ${tag} happy-dom\n# ${tag}-options {"url": "http://x/"}\nFeature: x`
    expect(environmentOf(docblock, 'node')).toEqual({
      name: 'happy-dom',
      transformMode: undefined,
      options: { happyDOM: { url: 'http://x/' } },
    })
  })
})

// Steps record which worker task ran each scenario (Vitest sets VITEST_WORKER_ID per task) and how
// many scenarios the step file's module has counted so far (it counts across features unless isolated).
const steps = `import { appendFileSync } from 'node:fs'
import { Given } from 'brine'
let counted = 0
Given('scenario {word}', (_world, name: string) => {
  counted++
  appendFileSync(process.env.RECORD_FILE!, \`\${process.env.VITEST_WORKER_ID} \${name} \${counted}\\n\`)
  if (name.endsWith('fails')) throw new Error('it fails')
})
`
// Which modules each feature file's import durations name (Vitest's diagnostic, as its UI shows it).
const durationsReporter = `import { writeFileSync } from 'node:fs'
export default class {
  onTestRunEnd(modules) {
    const named = modules.map((m) => Object.keys(m.diagnostic().importDurations).map((p) => p.replace(/.*\\//, '')))
    writeFileSync('durations.json', JSON.stringify(named))
  }
}
`
const features: Record<string, string> = {
  'steps/steps.ts': steps,
  'durations-reporter.js': durationsReporter,
  'features/only.feature':
    'Feature: Only\n\n  @only\n  Scenario: o1\n    Given scenario o1\n\n  Scenario: o2\n    Given scenario o2\n',
}
for (const name of ['a', 'b', 'c', 'd', 'e', 'f']) {
  features[`features/${name}.feature`] =
    `Feature: ${name.toUpperCase()}\n\n  Scenario: ${name} passes\n    Given scenario ${name}-passes\n\n  Scenario: ${name} fails\n    Given scenario ${name}-fails\n`
}

interface Recorded {
  task: string
  scenario: string
  counted: number
}

/** The scenarios that ran since the last read, sorted. */
function scenariosRun(project: FixtureProject): string[] {
  return records(project)
    .map((r) => r.scenario)
    .sort()
}

function records(project: FixtureProject): Recorded[] {
  const file = join(project.dir, 'record.txt')
  const lines = readFileSync(file, 'utf8').trim().split('\n')
  rmSync(file)
  return lines.map((line) => {
    const [task, scenario, counted] = line.split(' ')
    return { task: task!, scenario: scenario!, counted: Number(counted) }
  })
}

describe('a run with the default layout', () => {
  const project = fixtureProject(features)
  const env = { RECORD_FILE: join(project.dir, 'record.txt') }
  afterAll(() => project.remove())

  test('every feature is its own file in every reporter; @only stays in its file; files share tasks', async () => {
    const junit = join(project.dir, 'junit.xml')
    const result = await runVitest(
      project,
      [
        ...threads,
        '--reporter=verbose',
        '--reporter=junit',
        `--outputFile.junit=${junit}`,
        '--reporter=./durations-reporter.js',
      ],
      env,
    )
    expect(result.exitCode).toBe(1)
    const report = result.json!
    const files = report.testResults.map((f) => f.name.replace(`${project.dir}/`, '')).sort()
    expect(files).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'only'].map((n) => `features/${n}.feature`))
    const tests = byTitle(report)
    expect(tests.get('o1')!.status).toBe('passed')
    expect(tests.get('o2')!.status).toBe('skipped')
    expect(tests.get('c passes')!.status).toBe('passed')
    expect(tests.get('c fails')!.status).toBe('failed')
    expect(tests.get('c fails')!.failureMessages.join('\n')).toMatch(/features\/c\.feature:7/)
    expect(report.numPassedTests).toBe(7)
    expect(report.numFailedTests).toBe(6)
    // Vitest's verbose reporter names the file and the scenario; JUnit makes a suite per feature.
    expect(result.stdout).toMatch(/features\/c\.feature > C > c fails/)
    const xml = readFileSync(junit, 'utf8')
    for (const name of ['a', 'f', 'only']) expect(xml).toContain(`<testsuite name="features/${name}.feature"`)
    expect(xml).toMatch(/<testcase classname="features\/c\.feature" name="C &gt; c passes"/)
    const ran = records(project)
    expect(ran).toHaveLength(13)
    const tasks = new Set(ran.map((r) => r.task))
    const durations = JSON.parse(project.read('durations.json')) as string[][]
    expect(durations).toHaveLength(7)
    if (major < 4) {
      // Each feature names its own module; a module run once per worker is named once per worker,
      // where Vitest 3.2's own runner names every module run so far again in every later file.
      expect(durations.filter((names) => names.includes('steps.ts')).length).toBeLessThanOrEqual(2)
      const featureNames = durations.flatMap((names) => names.filter((n) => n.endsWith('.feature')))
      expect(featureNames.sort()).toEqual(files.map((f) => f.replace('features/', '')))
      // 7 files on 2 threads: batches of 2, 2, 1, 1, 1.
      expect(tasks.size).toBeLessThan(7)
      // Not isolated: the step file's module counts on across the features of a worker.
      expect(Math.max(...ran.map((r) => r.counted))).toBeGreaterThan(2)
    } else {
      // Vitest 4 gives every file a task of its own (and reuses the worker): brine keeps its pool.
      // It sends no import durations unless asked to: brine keeps its runner too.
      expect(tasks.size).toBe(7)
      expect(durations.flat()).toEqual([])
    }
  }, 90_000)

  test("BRINE_POOL=threads: one task per feature file, as Vitest's threads pool runs them", async () => {
    const result = await runVitest(project, threads, { ...env, BRINE_POOL: 'threads' })
    expect(result.json!.numTotalTests).toBe(14)
    expect(new Set(records(project).map((r) => r.task)).size).toBe(7)
  }, 90_000)

  test('--bail stops the run: no batch starts after it, and its files are reported cancelled', async () => {
    const result = await runVitest(project, [...threads, '--bail=1'], env)
    expect(result.exitCode).toBe(1)
    // Two batches of two features were running when the first scenario failed; the other three
    // features never start.
    expect(records(project).length).toBeLessThanOrEqual(8)
    expect(result.json!.numTotalTests).toBeLessThan(14)
  }, 90_000)

  test('a file filter, file:line and -t select as they do for any test file', async () => {
    const filtered = await runVitest(project, [...threads, 'features/b'], env)
    expect([...byTitle(filtered.json).keys()].sort()).toEqual(['b fails', 'b passes'])
    expect(scenariosRun(project)).toEqual(['b-fails', 'b-passes'])

    const line = await runVitest(project, [...threads, 'features/b.feature:6', 'features/d.feature:3'], env)
    const ran = byTitle(line.json)
    expect(ran.get('b fails')!.status).toBe('failed')
    expect(ran.get('b passes')!.status).toBe('skipped')
    expect(ran.get('d passes')!.status).toBe('passed')
    expect(ran.get('d fails')!.status).toBe('skipped')
    expect(scenariosRun(project)).toEqual(['b-fails', 'd-passes'])

    const named = await runVitest(project, [...threads, '-t', 'passes'], env)
    expect(named.exitCode).toBe(0)
    expect(named.json!.numPassedTests).toBe(6)
    expect(scenariosRun(project).every((s) => s.endsWith('-passes'))).toBe(true)
  }, 120_000)

  test('--shard splits the features between shards, every scenario in exactly one', async () => {
    const shards = await Promise.all(
      ['1/2', '2/2'].map((shard) => runVitest(project, [...threads, `--shard=${shard}`], env)),
    )
    const files = shards.map((shard) => shard.json!.testResults.map((f) => f.name.replace(`${project.dir}/`, '')))
    expect(files.every((list) => list.length > 0)).toBe(true)
    expect(files.flat().sort()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'only'].map((n) => `features/${n}.feature`))
    expect(shards.map((shard) => shard.json!.numTotalTests).reduce((a, b) => a + b)).toBe(14)
    rmSync(join(project.dir, 'record.txt'), { force: true })
  }, 120_000)

  test('vitest list names every scenario it would run under its feature file, and runs none', () => {
    const vitest = join(repoRoot, 'node_modules/vitest/vitest.mjs')
    const listed = spawnSync(process.execPath, [vitest, 'list', '--allowOnly'], {
      cwd: project.dir,
      env: { ...process.env, ...env, CI: '1', NO_COLOR: '1', BRINE_GROUP: '' },
      encoding: 'utf8',
      timeout: 90_000,
    })
    expect(listed.status, listed.stderr).toBe(0)
    const lines = listed.stdout.trim().split('\n')
    expect(lines).toContain('[features] features/c.feature > C > c fails')
    // 14 scenarios less o2: only.feature's @only leaves it out, as a run would.
    expect(lines.filter((line) => line.startsWith('[features] features/'))).toHaveLength(13)
    expect(lines).toContain('[features] features/only.feature > Only > o1')
    expect(existsSync(join(project.dir, 'record.txt'))).toBe(false)
  }, 90_000)
})

describe('--isolate on the command line', () => {
  const project = fixtureProject(features)
  const env = { RECORD_FILE: join(project.dir, 'record.txt') }
  afterAll(() => project.remove())

  test('every feature starts with a fresh step file module, as with isolate: true in the config', async () => {
    const result = await runVitest(project, [...threads, '--isolate'], env)
    expect(result.json!.numTotalTests).toBe(14)
    const ran = records(project)
    expect(ran).toHaveLength(13)
    expect(Math.max(...ran.map((r) => r.counted))).toBeLessThanOrEqual(2)
  }, 90_000)
})

describe('isolate: true', () => {
  const project = fixtureProject(features, '{ isolate: true }')
  const env = { RECORD_FILE: join(project.dir, 'record.txt') }
  afterAll(() => project.remove())

  test('every feature starts with a fresh step file module', async () => {
    const result = await runVitest(project, threads, env)
    expect(result.json!.numTotalTests).toBe(14)
    const ran = records(project)
    expect(ran).toHaveLength(13)
    // At most the feature's own two scenarios were counted by the module that ran it.
    expect(Math.max(...ran.map((r) => r.counted))).toBeLessThanOrEqual(2)
  }, 90_000)
})

// Watch mode through Vitest's API (what an IDE's watch does): a first run of everything, then the
// edited feature alone, with its new scenario name, on the same pool.
const watchScript = `import { readFileSync, writeFileSync } from 'node:fs'
import { createVitest } from 'vitest/node'
const runs = []
const reporter = {
  onTestRunEnd(modules) {
    runs.push(modules.map((m) => [m.moduleId.replace(process.cwd() + '/', ''), [...m.children.allTests()].map((t) => t.name)]))
  },
}
const vitest = await createVitest('test', {
  watch: true,
  allowOnly: true,
  reporters: [reporter],
  poolOptions: { threads: { maxThreads: 2, minThreads: 2 } },
})
await vitest.start()
const path = 'features/b.feature'
writeFileSync(path, readFileSync(path, 'utf8').replace('Scenario: b passes', 'Scenario: b still passes'))
const started = Date.now()
while (runs.length < 2 && Date.now() - started < 60_000) await new Promise((r) => setTimeout(r, 100))
console.log('RUNS ' + JSON.stringify(runs))
await vitest.close()
process.exit(0)
`

describe('watch mode', () => {
  const project = fixtureProject({ ...features, 'watch.mjs': watchScript })
  afterAll(() => project.remove())

  test('re-runs the edited feature alone, as its own file', () => {
    const run = spawnSync(process.execPath, ['watch.mjs'], {
      cwd: project.dir,
      env: { ...process.env, CI: '1', RECORD_FILE: join(project.dir, 'record.txt'), BRINE_TAGS: '' },
      encoding: 'utf8',
      timeout: 120_000,
    })
    const line = run.stdout.split('\n').find((l) => l.startsWith('RUNS '))
    expect(line, run.stderr).toBeDefined()
    const runs = JSON.parse(line!.slice(5)) as [string, string[]][][]
    expect(runs).toHaveLength(2)
    expect(runs[0]!.map(([file]) => file).sort()).toHaveLength(7)
    expect(runs[1]).toEqual([['features/b.feature', ['b still passes', 'b fails']]])
  }, 150_000)
})
