// A suite that misbehaves: hanging steps, process.exit, failing hooks, stray errors and temp
// files, all in one fixture run (test/fixtures/faults/main) whose report every test reads.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'
import { byTitle, repoRoot, runVitest, type JsonAssertion, type RunResult } from '../support/fixture-project.ts'
import { faultProject } from './fixture-copy.ts'

const project = faultProject('main', {}, '{ stepTimeout: 250 }')
const tempRoot = mkdtempSync(join(tmpdir(), 'brine-faults-tmp-'))
let run: RunResult
let results: Map<string, JsonAssertion>

beforeAll(async () => {
  run = await runVitest(project, [], { TMPDIR: tempRoot })
  results = byTitle(run.json)
}, 60_000)
afterAll(() => {
  project.remove()
  rmSync(tempRoot, { recursive: true, force: true })
})

const result = (title: string): JsonAssertion => {
  const found = results.get(title)
  if (!found) throw new Error(`no result for "${title}" in:\n${run.stdout}\n${run.stderr}`)
  return found
}
const message = (title: string) => result(title).failureMessages.join('\n')
const meta = (title: string) => result(title).meta?.brine as ScenarioResult
const stepsFile = readFileSync(join(repoRoot, 'test/fixtures/faults/main/steps/fault.steps.ts'), 'utf8').split('\n')
const lineOf = (start: string) => stepsFile.findIndex((line) => line.startsWith(start)) + 1
const ranAfterHook = (title: string) => meta(title).hooks.some((h) => h.kind === 'After' && h.status === 'passed')

describe('a step that never resolves', () => {
  test.each([
    ['hangs past its tag timeout', 'Given a step that never resolves', 'features/timeout.feature:5', 150],
    [
      'hangs past its definition timeout',
      'Given a step with its own 100 ms timeout',
      'features/timeout.feature:8',
      100,
    ],
    ['hangs past the plugin timeout', 'Given a step that never resolves', 'features/timeout.feature:11', 250],
  ])('"%s" fails naming the step, its line and the timeout', (title, step, where, ms) => {
    expect(result(title).status).toBe('failed')
    expect(message(title)).toContain(step)
    expect(message(title)).toContain(`(${where}) timed out after ${ms} ms`)
    expect(ranAfterHook(title)).toBe(true)
  })

  test('the next scenario starts with a fresh world', () => {
    expect(result('starts clean after a hang').status).toBe('passed')
  })
})

describe('process.exit in a step', () => {
  test('fails the scenario that called it (also reallyExit, abort, and when the step swallows the error)', () => {
    for (const [title, call] of [
      ['calls process.exit in a step', 'exit(3)'],
      ['swallows its own process.exit', 'exit(4)'],
      ['calls process.exit from a timer', 'exit(5)'],
      ['ends its worker thread', 'reallyExit(7)'],
      ['aborts the process', 'abort()'],
    ] as const) {
      expect(result(title).status, title).toBe('failed')
      expect(message(title)).toContain(`process.${call} was called in scenario "${title}" (features/exit.feature:`)
      expect(ranAfterHook(title)).toBe(true)
    }
  })

  test('every other feature still runs and reports', () => {
    expect(result('runs after the exits').status).toBe('passed')
    expect(result('still runs and reports').status).toBe('passed')
    expect(run.json?.testResults).toHaveLength(7)
  })
})

describe('a hook that throws', () => {
  test('a Before hook fails the scenarios it guards, named with where it is defined', () => {
    expect(result('guarded by a failing Before hook').status).toBe('failed')
    expect(message('guarded by a failing Before hook')).toContain(
      `Before hook "seed the database" (steps/fault.steps.ts:${lineOf('Before(')}) failed: database is down`,
    )
    expect(ranAfterHook('guarded by a failing Before hook')).toBe(true)
    expect(result('not guarded by it').status).toBe('passed')
  })

  test('a BeforeFeature hook fails each scenario of the feature, and AfterFeature still runs', () => {
    for (const title of ['first guarded scenario', 'second guarded scenario']) {
      expect(result(title).status).toBe('failed')
      expect(message(title)).toContain(
        `BeforeFeature hook (steps/fault.steps.ts:${lineOf('BeforeFeature(')}) failed: server did not start`,
      )
      expect(meta(title).status).toBe('failed')
    }
    expect(existsSync(join(project.dir, 'after-feature.ran'))).toBe(true)
  })
})

describe('errors thrown outside the step that caused them', () => {
  test('a rejection after its scenario finished is reported, naming that scenario', () => {
    expect(run.exitCode).not.toBe(0)
    expect(run.stdout + run.stderr).toMatch(
      /late rejection\s+\(started by scenario "rejects after it finished" \(features\/stray\.feature:3\), after it had finished\)/,
    )
    expect(result('waits long enough for the stray rejection').status).toBe('passed')
  })

  test('an error thrown by a timer fails the running scenario that started it at once', () => {
    const title = 'throws from a timer while running'
    expect(result(title).status).toBe('failed')
    expect(message(title)).toContain('timer failure')
    expect(message(title)).toContain(`in scenario "${title}" (features/stray.feature:6)`)
    expect(meta(title).steps[0]!.duration).toBeLessThan(1000)
  })
})

test('temp dirs of workers and scenarios are gone after the run, failed scenarios included', () => {
  expect(result('fails after writing temp files').status).toBe('failed')
  expect(result('passes after writing temp files').status).toBe('passed')
  expect(readdirSync(tempRoot)).toEqual([])
})
