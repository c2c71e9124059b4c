// Scoped step definitions through `brine check`, `brine steps` and a real run: one step text with a
// body per feature file, per tag and per scenario; a feature outside every scope stays undefined.
import type { CheckReport } from '../../src/check/check-report.ts'
import type { ScenarioResult } from '../../src/types/scenario-result.ts'
import { runVitest, type RunResult } from '../support/fixture-project.ts'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { brine, checkFixture, type CliRun } from './check-io.ts'

const project = checkFixture('scoped')
let json: CliRun
let run: RunResult
beforeAll(async () => {
  json = await brine(project, 'check', '--format', 'json')
  run = await runVitest(project)
}, 60_000)
afterAll(() => project.remove())

const gameScope = 'feature features/game.feature, tags not @demo'
const demoScope = 'feature features/game.feature, tags @demo'
const videoScope = 'feature features/video/**'
const play = (line: number, scope: string) => ({
  pattern: 'I click the PLAY button',
  uri: 'steps/play.steps.ts',
  line,
  origin: null,
  scope,
})

describe('brine check', () => {
  test('matches each use of a scoped text with the definition whose scope takes it in', () => {
    const report = JSON.parse(json.stdout) as CheckReport
    const clicks = report.steps.filter((s) => s.text.startsWith('I click'))
    expect(clicks.map((s) => [s.uri, s.scenarioLine, s.status, s.definition?.line ?? null])).toEqual([
      ['features/game.feature', 2, 'matched', 12],
      ['features/game.feature', 8, 'matched', 15],
      ['features/radio.feature', 2, 'undefined', null],
      ['features/video/player.feature', 2, 'matched', 18],
      ['features/video/player.feature', 7, 'matched', 22],
    ])
    expect(clicks[0]!.definition).toEqual(play(12, gameScope))
    const pause = { ...play(22, 'scenario "Pause a video"'), pattern: 'I click the {word} button' }
    expect(clicks[2]!.elsewhere).toEqual([play(12, gameScope), play(15, demoScope), play(18, videoScope), pause])
    expect(report.unused).toEqual([])
  })

  test('the text report names the scoped definitions a step is outside of', async () => {
    const { code, stdout } = await brine(project, 'check')
    expect(code).toBe(1)
    expect(stdout).toBe(
      [
        'Undefined: When I click the PLAY button',
        '  features/radio.feature:3',
        '  Definitions of its text are scoped to other places:',
        `    I click the PLAY button    steps/play.steps.ts:12  (scope: ${gameScope})`,
        `    I click the PLAY button    steps/play.steps.ts:15  (scope: ${demoScope})`,
        `    I click the PLAY button    steps/play.steps.ts:18  (scope: ${videoScope})`,
        '    I click the {word} button  steps/play.steps.ts:22  (scope: scenario "Pause a video")',
        '  Implement it with:',
        "    When('I click the PLAY button', async (world) => {",
        '      // Write code here that turns the phrase above into concrete actions',
        "      return 'pending'",
        '    })',
        '',
        '3 features, 13 steps: 12 matched, 1 undefined, 0 ambiguous',
        '',
      ].join('\n'),
    )
    await expect(stdout).toMatchFileSnapshot('../../docs/examples/output/check-scoped.txt')
  }, 30_000)
})

describe('brine steps', () => {
  test('shows each definition with its scope and the steps it serves', async () => {
    const { code, stdout } = await brine(project, 'steps')
    expect(code).toBe(0)
    expect(stdout).toContain(
      'I click the PLAY button  # steps/play.steps.ts:15  (1 use)\n' +
        `  scope: ${demoScope}\n` +
        '  When I click the PLAY button  # features/game.feature:10\n',
    )
    expect(stdout).toContain(
      'I click the {word} button  # steps/play.steps.ts:22  (1 use)\n' +
        '  scope: scenario "Pause a video"\n' +
        '  When I click the PAUSE button  # features/video/player.feature:9\n',
    )
  }, 30_000)
})

describe('a real run', () => {
  const results = () =>
    run.json!.testResults.flatMap((file) => file.assertionResults.map((t) => t.meta!.brine as ScenarioResult))

  test('runs each scenario with its own body, as the check said', () => {
    expect(Object.fromEntries(results().map((r) => [r.name, r.status]))).toEqual({
      'Start a game': 'passed',
      'Demo mode': 'passed',
      'Watch a video': 'passed',
      'Pause a video': 'passed',
      'Play the radio': 'undefined',
    })
    const checked = (JSON.parse(json.stdout) as CheckReport).steps
    for (const result of results()) {
      for (const step of result.steps) {
        const check = checked.find((c) => c.line === step.line && c.text === step.text && c.uri === result.uri)!
        if (step.status === 'passed') expect(step.definition).toMatchObject(check.definition!)
        else expect(check.status).toBe(step.status)
      }
    }
  })

  test('an undefined step says which scoped definitions its text has', () => {
    const radio = results().find((r) => r.name === 'Play the radio')!
    expect(radio.steps[0]!.error!.message).toContain(
      'These definitions match its text but are scoped to other places:\n' +
        `  I click the PLAY button  steps/play.steps.ts:12  (${gameScope})\n`,
    )
  })
})
