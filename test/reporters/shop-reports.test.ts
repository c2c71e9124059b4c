// One fixture suite run three ways: unsharded with brine's reporters on the command line, and as
// two shards whose blob reports are merged with the same reporters. The reports must agree, and
// each must say what the suite did.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import CucumberJsonReporter from '../../src/reporters/cucumber-json.ts'
import HtmlReporter from '../../src/reporters/html.ts'
import MessagesReporter from '../../src/reporters/messages.ts'
import RerunReporter from '../../src/reporters/rerun.ts'
import SummaryReporter from '../../src/reporters/summary.ts'
import type { JsonFeature } from '../../src/reporters/cucumber-json/from-envelopes.ts'
import { byTitle, repoRoot, runVitest, type RunResult } from '../support/fixture-project.ts'
import { mergeReports } from './merge-reports.ts'
import { shopProject } from './shop-project.ts'

const expectedSummary = `Failures:

1) Scenario: Two-factor  # features/account.feature:8
  ✔ Given a registered user        # steps/shop.steps.ts:39
  ? When they sign in with a code  # steps/shop.steps.ts:45
      PendingError: pending: codes are not sent yet
          at step: When they sign in with a code (features/account.feature:10)
          at World.<anonymous> (steps/shop.steps.ts:45:40)
          at features/account.feature:10:1

2) Scenario: Pay with an expired card  # features/checkout.feature:8
  ✔ Given an empty cart              # steps/shop.steps.ts:13
  ✖ When I pay with an expired card  # steps/shop.steps.ts:31
      Error: card expired
          at step: When I pay with an expired card (features/checkout.feature:10)
          at World.<anonymous> (steps/shop.steps.ts:32:9)
          at features/checkout.feature:10:1
  - Then the order is confirmed      # steps/shop.steps.ts:35

3) Scenario: Gift wrapping  # features/checkout.feature:13
  ✔ Given an empty cart           # steps/shop.steps.ts:13
  ? When I ask for gift wrapping  # undefined
  - Then the order is confirmed   # steps/shop.steps.ts:35

Failing scenarios:
  features/account.feature:8  Two-factor
  features/checkout.feature:8  Pay with an expired card
  features/checkout.feature:13  Gift wrapping
1 feature passed, 2 failed, 0 skipped
5 scenarios passed, 2 failed, 1 skipped, 1 pending
19 steps passed, 1 failed, 4 skipped, 1 undefined, 1 pending
Took 0m0.000s

You can implement step definitions for undefined steps with these snippets:

When('I ask for gift wrapping', async (world) => {
  // Write code here that turns the phrase above into concrete actions
  return 'pending'
})
`

const project = shopProject()
let unsharded: RunResult
afterAll(() => project.remove())

beforeAll(async () => {
  const reporters = ['summary', 'messages', 'cucumber-json', 'rerun', 'html'].map(
    (r) => `--reporter=brine/reporters/${r}`,
  )
  unsharded = await runVitest(project, [...reporters, '--reporter=junit', '--outputFile.junit=reports/junit.xml'])
  await Promise.all([1, 2].map((i) => runVitest(project, [`--shard=${i}/2`, '--reporter=blob'])))
  await mergeReports(project, [
    new SummaryReporter({ outputFile: 'merged/summary.txt' }),
    new MessagesReporter({ outputFile: 'merged/messages.ndjson' }),
    new CucumberJsonReporter({ outputFile: 'merged/cucumber.json' }),
    new RerunReporter({ outputFile: 'merged/rerun.txt' }),
    new HtmlReporter({ outputFile: 'merged/cucumber.html' }),
  ])
  // BRINE_GROUP=2: the three features run from two group test files.
  await runVitest(project, ['--reporter=blob', '--outputFile.blob=.grouped/blob.json'], { BRINE_GROUP: '2' })
  await mergeReports(
    project,
    [
      new SummaryReporter({ outputFile: 'grouped/summary.txt' }),
      new MessagesReporter({ outputFile: 'grouped/messages.ndjson' }),
    ],
    '.grouped',
  )
}, 180_000)

/** Cucumber JSON without what two tools cannot share: durations, stack traces, step file locations. */
function comparable(features: JsonFeature[]): unknown {
  return JSON.parse(JSON.stringify(features), (key, value: unknown) => {
    if (key === 'duration' || key === 'error_message') return undefined
    if (key === 'location') return 'step file'
    return value
  })
}

const maskTook = (text: string) => text.replace(/Took \d+m\d+\.\d{3}s/, 'Took 0m0.000s')
/** Drops what differs between runs of the same suite: times and durations. */
const timeless = (text: string) => text.replace(/"(timestamp|duration)":\s*(\{[^}]*\}|\d+),?/g, '')

describe('the unsharded run', () => {
  test('prints the failures and behave’s summary after the run, with the undefined step’s snippet', () => {
    const start = unsharded.stdout.indexOf('Failures:')
    const end = unsharded.stdout.indexOf('})', start) + 3
    expect(maskTook(unsharded.stdout.slice(start, end))).toBe(expectedSummary)
  })

  test('the summary docs/reports.md shows is this run’s', async () => {
    await expect(expectedSummary).toMatchFileSnapshot('../../docs/examples/output/summary.txt')
  })

  test('lists the failed scenarios for rerun, and `vitest run $(cat reports/rerun.txt)` runs exactly them', async () => {
    const lines = project.read('reports/rerun.txt').trim().split('\n')
    expect(lines).toEqual(['features/account.feature:8', 'features/checkout.feature:8', 'features/checkout.feature:13'])
    const rerun = await runVitest(project, lines)
    const ran = [...byTitle(rerun.json)].filter(([, t]) => t.status !== 'skipped' && t.status !== 'pending')
    expect(ran.map(([title]) => title).sort()).toEqual(['Gift wrapping', 'Pay with an expired card'])
    expect(byTitle(rerun.json).get('Two-factor')?.status).toBe('skipped')
    expect(byTitle(rerun.json).get('Pay by card')?.status).toBe('skipped')
  }, 90_000)

  test("Vitest's junit reporter lists every scenario under its feature", () => {
    const xml = project.read('reports/junit.xml')
    expect(xml).toContain('<testsuite name="features/cart.feature"')
    for (const name of ['Cart &gt; Add one item', 'Cart &gt; Not yet', 'Account &gt; Sign in &gt; Two-factor']) {
      expect(xml).toContain(`classname="features/`)
      expect(xml).toContain(`name="${name}"`)
    }
    expect(xml).toMatch(/name="Checkout &gt; Pay with an expired card"[^>]*>\s*<failure message="card expired/)
  })

  test("writes the Cucumber JSON cucumber-js's json formatter writes for the same suite", () => {
    project.write(
      'cucumber-js/shop.steps.mjs',
      readFileSync(join(repoRoot, 'test/fixtures/reporters/shop-cucumber-js/shop.steps.mjs'), 'utf8'),
    )
    const cucumberJs = join(repoRoot, 'node_modules/@cucumber/cucumber/bin/cucumber.js')
    // cucumber-js has no @skip; the scenario brine reports skipped is left out of both.
    const args = [
      '--import',
      'cucumber-js/shop.steps.mjs',
      '--tags',
      'not @skip',
      '--format',
      'json:reports/cucumber-js.json',
    ]
    spawnSync(process.execPath, [cucumberJs, ...args, 'features'], {
      cwd: project.dir,
      env: { ...process.env, FORCE_COLOR: '0' },
    })
    const theirs = JSON.parse(project.read('reports/cucumber-js.json')) as JsonFeature[]
    const ours = JSON.parse(project.read('reports/cucumber.json')) as JsonFeature[]
    for (const feature of ours) feature.elements = feature.elements.filter((e) => e.name !== 'Not yet')
    expect(comparable(ours)).toEqual(comparable(theirs))
  }, 90_000)

  test('writes Cucumber JSON with Background steps inside each scenario and hooks hidden', () => {
    const json = JSON.parse(project.read('reports/cucumber.json')) as {
      uri: string
      name: string
      elements: { name: string; steps: { keyword: string; hidden?: boolean; result: { status: string } }[] }[]
    }[]
    expect(json.map((f) => f.uri)).toEqual([
      'features/account.feature',
      'features/cart.feature',
      'features/checkout.feature',
    ])
    const expired = json[2]!.elements.find((e) => e.name === 'Pay with an expired card')!
    expect(expired.steps.map((s) => `${s.keyword}:${s.result.status}`)).toEqual([
      'Before:passed',
      'Given :passed',
      'When :failed',
      'Then :skipped',
      'After:passed',
    ])
    expect(expired.steps[0]!.hidden).toBe(true)
  })
})

describe('two shards merged with --merge-reports', () => {
  test('give the same summary as the unsharded run', () => {
    expect(maskTook(project.read('merged/summary.txt'))).toBe(expectedSummary)
  })

  test('give the same messages, Cucumber JSON and rerun list, apart from times', () => {
    expect(timeless(project.read('merged/messages.ndjson'))).toBe(
      timeless(project.read('reports/cucumber-messages.ndjson')),
    )
    expect(timeless(project.read('merged/cucumber.json'))).toBe(timeless(project.read('reports/cucumber.json')))
    expect(project.read('merged/rerun.txt')).toBe(project.read('reports/rerun.txt'))
  })

  test('match a run whose features were grouped into fewer test files (BRINE_GROUP)', () => {
    expect(maskTook(project.read('grouped/summary.txt'))).toBe(expectedSummary)
    expect(timeless(project.read('grouped/messages.ndjson'))).toBe(
      timeless(project.read('reports/cucumber-messages.ndjson')),
    )
  })

  test('give an HTML report that headless Chromium renders with the features and the failing step', () => {
    const profile = mkdtempSync(join(tmpdir(), 'brine-chromium-'))
    try {
      const dom = execFileSync(
        '/usr/bin/chromium',
        [
          '--headless',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--no-first-run',
          '--disable-component-update',
          '--disable-sync',
          `--user-data-dir=${profile}`,
          '--virtual-time-budget=10000',
          '--dump-dom',
          `file://${join(project.dir, 'merged/cucumber.html')}`,
        ],
        { encoding: 'utf8', timeout: 60_000, maxBuffer: 256 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] },
      )
      // The messages travel inside a <script>; only what the page rendered counts.
      const rendered = dom.replace(/<script[\s\S]*?<\/script>/g, '')
      for (const feature of ['Cart', 'Checkout', 'Account']) expect(rendered).toContain(`>${feature}<`)
      expect(rendered).toContain('I pay with an expired card')
      expect(rendered).toContain('card expired')
    } finally {
      rmSync(profile, { recursive: true, force: true })
    }
  }, 90_000)
})
