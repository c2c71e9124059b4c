// What a failing scenario shows in a real run, brine loaded from this repository's source: the step
// trail in the message, the user's frames and the .feature line in the stack, the same stack in
// every report, and brine's frames only for a fault in brine itself.
import type { Envelope } from '@cucumber/messages'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { parseNdjson } from '../cck/normalise.ts'
import { byTitle, fixtureProject, repoRoot, runVitest, type RunResult } from '../support/fixture-project.ts'

const registry = JSON.stringify(join(repoRoot, 'src/runtime/support-registry.ts'))
const project = fixtureProject({
  'features/cart.feature': `Feature: Cart
  Scenario: Add apples
    Given I have 3 apples
    When I add 2 apples
    Then the basket holds 6 apples
    And the basket is closed

  Scenario: Juggle
    Given I have 3 apples
    When I juggle them
    Then the basket holds 3 apples

  Scenario: Twins
    Given twins

  @seeded
  Scenario: Seeded
    Given I have 3 apples

  @checked
  Scenario: Checked
    Given I have 3 apples
    When I add 2 apples
    Then the basket holds 5 apples

  @cleaned
  Scenario: Not written yet
    Given a step to write
    Then the basket holds 3 apples

  Scenario Outline: Add <n>
    Given I have 3 apples
    When I add <n> apples
    Then the basket holds 5 apples

    Examples: small
      | n |
      | 2 |
      | 4 |

  @guarded
  Scenario: Guarded
    Given I have 3 apples
    When I add 2 apples
`,
  'steps/cart.steps.ts': `import { After, AfterStep, Before, BeforeStep, Given, Then, When, pending } from 'brine'
import { expect } from 'vitest'
import { supportRegistry } from ${registry}

Given('I have {int} apples', (world, n) => {
  world.apples = n
})
When('I add {int} apples', (world, n) => {
  world.apples = (world.apples as number) + n
})
Then('the basket holds {int} apples', (world, n) => {
  expect(world.apples).toBe(n)
})
Then('the basket is closed', () => {})
Given('twins', () => {})
Given(/^twins$/, () => {})
Given('a step to write', () => pending('not yet'))
Before({ tags: '@seeded', name: 'seed the shop' }, () => {
  throw new Error('no shop')
})
AfterStep({ tags: '@checked' }, (world) => {
  if (world.apples === 5) throw new Error('five is too many')
})
After({ tags: '@cleaned' }, () => {
  throw new Error('cannot clean')
})
// A fault inside brine (BREAK_BRINE=1): one of its hook objects has lost a method.
BeforeStep({ tags: '@never' }, () => {})
if (process.env.BREAK_BRINE) {
  const hook = [...supportRegistry().hooks.values()].find((h) => h.kind === 'BeforeStep')!
  Object.defineProperty(hook, 'appliesTo', { value: undefined })
}
BeforeStep({ tags: '@guarded' }, (world) => {
  if (world.apples === 3) throw new Error('no more apples')
})
`,
})

const reporters = ['summary', 'messages', 'cucumber-json'].map(
  (r) => `--reporter=${join(repoRoot, `src/reporters/${r}.ts`)}`,
)
let run: RunResult
let output: string
beforeAll(async () => {
  run = await runVitest(project, [...reporters, '--reporter=junit', '--outputFile.junit=reports/junit.xml'])
  output = run.stdout + run.stderr
}, 120_000)
afterAll(() => project.remove())

const message = (title: string) => {
  const found = byTitle(run.json).get(title)
  if (!found) throw new Error(`no test "${title}" in:\n${output}`)
  return found.failureMessages.join('\n')
}
/** Frames of brine's runtime, the runner's or Node's, as they would show in any of the outputs. */
const machinery = /src\/runtime\/|src\/behave\/|dist\/runtime\/|node_modules\/(@vitest|vitest)\/|node:internal/

describe("Vitest's output", () => {
  test('holds the trail, the definition’s frame and the .feature line, and no frame of brine’s runtime', () => {
    expect(output).toContain(
      [
        'Scenario: Add apples  # features/cart.feature:2',
        '  ✔ Given I have 3 apples           # steps/cart.steps.ts:5',
        '  ✔ When I add 2 apples             # steps/cart.steps.ts:8',
        '  ✖ Then the basket holds 6 apples  # steps/cart.steps.ts:11',
        '  - And the basket is closed        # steps/cart.steps.ts:14',
      ].join('\n'),
    )
    expect(output).toContain('❯ World.<anonymous> steps/cart.steps.ts:12:24')
    expect(output).toContain('❯ features/cart.feature:5:1')
    expect(output).not.toMatch(machinery)
    expect(output).not.toMatch(/scenario-run|with-timeout|ScenarioRun/)
  })

  test('every failure’s stack (Vitest’s JSON report) has no frame of brine’s runtime or the runner', () => {
    const failed = [...byTitle(run.json).values()].filter((t) => t.status === 'failed')
    expect(failed.map((t) => t.title).sort()).toEqual([
      'Add 4',
      'Add apples',
      'Checked',
      'Guarded',
      'Juggle',
      'Not written yet',
      'Seeded',
      'Twins',
    ])
    for (const test of failed) expect(test.failureMessages.join('\n')).not.toMatch(machinery)
  })
})

describe('the trail', () => {
  test('marks an undefined step and names the definitions of the steps it skipped', () => {
    expect(message('Juggle')).toContain(
      [
        '  ✔ Given I have 3 apples           # steps/cart.steps.ts:5',
        '  ? When I juggle them              # undefined',
        '  - Then the basket holds 3 apples  # steps/cart.steps.ts:11',
      ].join('\n'),
    )
  })

  test('lists every definition of an ambiguous step', () => {
    expect(message('Twins')).toContain('  ✖ Given twins  # ambiguous: steps/cart.steps.ts:15, steps/cart.steps.ts:16')
  })

  test('shows a failing Before hook first, with its stack in the user’s hook and the scenario’s line', () => {
    expect(message('Seeded')).toContain(
      [
        '  ✖ Before hook "seed the shop"  # steps/cart.steps.ts:18',
        '  - Given I have 3 apples        # steps/cart.steps.ts:5',
      ].join('\n'),
    )
    expect(message('Seeded')).toMatch(
      /at World.<anonymous> \(.*steps\/cart\.steps\.ts:19:9\)\n.*features\/cart\.feature:17:1/,
    )
  })

  test('shows a failing BeforeStep hook before its step', () => {
    // (The step itself still runs after its BeforeStep hook failed; the trail shows what happened.)
    expect(message('Guarded')).toMatch(
      / {2}✔ Given I have 3 apples {2}# steps\/cart\.steps\.ts:5\n {2}✖ BeforeStep hook {8}# steps\/cart\.steps\.ts:33\n {2}. When I add 2 apples /,
    )
  })

  test('shows a failing AfterStep hook after its step', () => {
    expect(message('Checked')).toContain(
      [
        '  ✔ When I add 2 apples             # steps/cart.steps.ts:8',
        '  ✖ AfterStep hook                  # steps/cart.steps.ts:21',
        '  - Then the basket holds 5 apples  # steps/cart.steps.ts:11',
      ].join('\n'),
    )
  })

  test('shows a pending step, then the After hook that failed the scenario', () => {
    expect(message('Not written yet')).toContain(
      [
        '  ? Given a step to write           # steps/cart.steps.ts:17',
        '  - Then the basket holds 3 apples  # steps/cart.steps.ts:11',
        '  ✖ After hook                      # steps/cart.steps.ts:24',
      ].join('\n'),
    )
  })

  test('names the failing Examples row, with the row’s values in its steps', () => {
    expect(message('Add 4')).toContain('Scenario Outline: Add 4  # features/cart.feature:39 (Examples "small", row 2)')
    expect(message('Add 4')).toContain('  ✔ When I add 4 apples')
  })
})

describe('every report carries the same cleaned stack', () => {
  const stepFinished = (envelopes: Envelope[]) =>
    envelopes.flatMap((e) => (e.testStepFinished?.testStepResult.status === 'FAILED' ? [e.testStepFinished] : []))

  test('messages, Cucumber JSON, JUnit and the summary', () => {
    const envelopes = parseNdjson(project.read('reports/cucumber-messages.ndjson'))
    const failures = stepFinished(envelopes).map((f) => f.testStepResult.message!)
    expect(failures.length).toBeGreaterThan(0)
    const step = failures.find((m) => m.includes('expected 5 to be 6'))!
    const frames = step
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      // Vitest 4 runs the scenario body as an async frame.
      .map((line) => line.replace(' at async ', ' at '))
    expect(frames).toEqual([
      '    at step: Then the basket holds 6 apples (features/cart.feature:5)',
      `    at World.<anonymous> (${project.dir}/steps/cart.steps.ts:12:24)`,
      `    at ${project.dir}/features/cart.feature:5:1`,
    ])
    for (const text of failures) expect(text).not.toMatch(machinery)

    const json = project.read('reports/cucumber.json')
    expect(JSON.parse(json)[0].elements[0].steps[2].result.error_message).toBe(step)
    expect(json).not.toMatch(machinery)

    const junit = project.read('reports/junit.xml')
    expect(junit).toContain('  ✖ Then the basket holds 6 apples  # steps/cart.steps.ts:11')
    expect(junit).toContain('❯ World.&lt;anonymous&gt; steps/cart.steps.ts:12:24')
    expect(junit).toContain('❯ features/cart.feature:5:1')
    expect(junit).not.toMatch(machinery)

    expect(run.stdout.replaceAll(' at async ', ' at ')).toContain(
      [
        '1) Scenario: Add apples  # features/cart.feature:2',
        '  ✔ Given I have 3 apples           # steps/cart.steps.ts:5',
        '  ✔ When I add 2 apples             # steps/cart.steps.ts:8',
        '  ✖ Then the basket holds 6 apples  # steps/cart.steps.ts:11',
        '      AssertionError: expected 5 to be 6 // Object.is equality',
        '          at step: Then the basket holds 6 apples (features/cart.feature:5)',
        '          at World.<anonymous> (steps/cart.steps.ts:12:24)',
        '          at features/cart.feature:5:1',
        '  - And the basket is closed        # steps/cart.steps.ts:14',
      ].join('\n'),
    )
  })
})

describe('a fault in brine itself', () => {
  let broken: RunResult
  beforeAll(async () => {
    broken = await runVitest(project, ['features/cart.feature:2'], { BREAK_BRINE: '1' })
  }, 120_000)

  test('keeps brine’s frames, so it can be debugged', () => {
    const text = byTitle(broken.json).get('Add apples')!.failureMessages.join('\n')
    expect(text).toContain('TypeError: hook.appliesTo is not a function')
    expect(text).toMatch(/at SupportRegistry\.hooksOf \(.*src\/runtime\/support-registry\.ts:\d+:\d+\)/)
    expect(text).toMatch(/at ScenarioRun\.runStep \(.*src\/runtime\/scenario-run\.ts:\d+:\d+\)/)
    expect(broken.stdout + broken.stderr).toContain('src/runtime/support-registry.ts:')
  })
})

test('BRINE_STACK=full keeps every frame of a user’s error', async () => {
  const full = await runVitest(project, ['features/cart.feature:2'], { BRINE_STACK: 'full' })
  const text = byTitle(full.json).get('Add apples')!.failureMessages.join('\n')
  expect(text).toMatch(/at ScenarioRun\.runStep \(.*src\/runtime\/scenario-run\.ts:\d+:\d+\)/)
  expect(text).toContain('steps/cart.steps.ts:12:24')
}, 120_000)
