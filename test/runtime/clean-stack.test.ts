// The stack a failing scenario shows: the user's frames and the .feature line stay; brine's own
// frames, the runner's and Node's go, unless the error comes from brine itself.
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, test, vi } from 'vitest'
import { addFeatureFrame, cleanStack } from '../../src/runtime/clean-stack.ts'
import { SuiteError, UndefinedStepError } from '../../src/runtime/errors.ts'

const runtime = fileURLToPath(new URL('../../src/runtime/', import.meta.url))
const behave = fileURLToPath(new URL('../../src/behave/', import.meta.url))
const dist = fileURLToPath(new URL('../../dist/runtime/', import.meta.url))
const project = '/home/me/shop'
const steps = join(project, 'steps/cart.steps.ts')
const feature = join(project, 'features/cart.feature')
const vitest = join(project, 'node_modules/@vitest/runner/dist/chunk-hooks.js')

/** The frames brine's runtime puts around a step function, as V8 writes them. */
const runtimeFrames = [
  `    at ${runtime}scenario-run.ts:185:31`,
  `    at withTimeout (${runtime}with-timeout.ts:4:18)`,
  `    at ${runtime}scenario-run.ts:184:9`,
  '    at new Promise (<anonymous>)',
  `    at ScenarioRun.guarded (${runtime}scenario-run.ts:121:12)`,
  `    at ScenarioRun.runStep (${runtime}scenario-run.ts:183:32)`,
  `    at ScenarioRun.step (${runtime}scenario-run.ts:142:7)`,
]
const afterFeature = [
  `    at async ScenarioRun.run (file://${dist}scenario-run.js:90:5)`,
  `    at async runTest (${runtime}define-feature.ts:138:11)`,
  `    at async file://${vitest}:1581:7`,
  '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
]

function errorWith(message: string, frames: string[], make = (m: string) => new Error(m)): Error {
  const error = make(message)
  error.stack = [`${error.name}: ${message}`, ...frames].join('\n')
  return error
}

afterEach(() => {
  vi.unstubAllEnvs()
})

describe('an error of the user’s code', () => {
  test('keeps the user’s frames and the .feature line, without the runtime’s, the runner’s or Node’s', () => {
    const error = errorWith(
      'expected 5 to be 6\n    at step: Then the basket holds 6 apples (features/cart.feature:5)',
      [`    at World.<anonymous> (${steps}:12:24)`, ...runtimeFrames, `    at ${feature}:5:1`, ...afterFeature],
    )
    cleanStack(error)
    expect(error.stack).toBe(
      [
        'Error: expected 5 to be 6',
        '    at step: Then the basket holds 6 apples (features/cart.feature:5)',
        `    at World.<anonymous> (${steps}:12:24)`,
        `    at ${feature}:5:1`,
      ].join('\n'),
    )
  })

  test('keeps native frames between the user’s own, and frames of libraries', () => {
    const library = join(project, 'node_modules/playwright-core/lib/page.js')
    const frames = [
      `    at check (${steps}:3:9)`,
      '    at Array.map (<anonymous>)',
      `    at Page.click (${library}:10:5)`,
      `    at World.<anonymous> (${steps}:12:24)`,
    ]
    const error = errorWith('boom', [...frames, ...runtimeFrames, `    at ${feature}:5:1`])
    cleanStack(error)
    expect(error.stack).toBe(['Error: boom', ...frames, `    at ${feature}:5:1`].join('\n'))
  })

  test('loses brine’s frames above the user’s too: an error brine throws for code that called it', () => {
    const error = errorWith('rowsHash() can only be called on a data table where all rows have exactly two columns', [
      `    at DataTable.rowsHash (${runtime}data-table.ts:33:15)`,
      `    at World.<anonymous> (${steps}:20:11)`,
      ...runtimeFrames,
    ])
    cleanStack(error)
    expect(error.stack!.split('\n').slice(1)).toEqual([`    at World.<anonymous> (${steps}:20:11)`])
  })

  test('brine/behave’s frames are brine’s too', () => {
    const error = errorWith('no attribute', [
      `    at Object.get (${behave}context.ts:135:11)`,
      `    at step_impl (${join(project, 'features/steps/cart.ts')}:4:3)`,
      `    at behaveStep (${behave}define-step.ts:99:13)`,
    ])
    cleanStack(error)
    expect(error.stack!.split('\n').slice(1)).toEqual([
      `    at step_impl (${join(project, 'features/steps/cart.ts')}:4:3)`,
    ])
  })
})

describe('an error of brine itself', () => {
  test('keeps every frame: brine’s frames and no frame of the user’s code', () => {
    const stack = [
      `    at SupportRegistry.hooksOf (${runtime}support-registry.ts:67:48)`,
      `    at ScenarioRun.runStep (${runtime}scenario-run.ts:190:39)`,
      `    at ScenarioRun.step (${runtime}scenario-run.ts:155:7)`,
      `    at ${feature}:5:1`,
      ...afterFeature,
    ]
    const error = errorWith('hook.appliesTo is not a function', stack, (m) => new TypeError(m))
    const before = error.stack
    cleanStack(error)
    expect(error.stack).toBe(before)
  })

  test('dependencies do not count as the user’s code', () => {
    const expressions = join(project, 'node_modules/@cucumber/cucumber-expressions/dist/index.js')
    const error = errorWith('bad expression', [
      `    at CucumberExpression.match (${expressions}:80:3)`,
      `    at StepDefinition.match (${runtime}step-definition.ts:60:9)`,
    ])
    const before = error.stack
    cleanStack(error)
    expect(error.stack).toBe(before)
  })

  test('but what brine raises about the suite on purpose (a SuiteError) is cleaned', () => {
    const error = new UndefinedStepError('When I pay', 'snippet', 'features/cart.feature:7')
    error.stack = [`UndefinedStepError: ${error.message}`, ...runtimeFrames, `    at When step (${feature}:7:1)`].join(
      '\n',
    )
    cleanStack(error)
    expect(error).toBeInstanceOf(SuiteError)
    expect(error.stack).toBe(`UndefinedStepError: ${error.message}\n    at When step (${feature}:7:1)`)
  })
})

test('BRINE_STACK=full keeps every frame', () => {
  vi.stubEnv('BRINE_STACK', 'full')
  const error = errorWith('boom', [`    at World.<anonymous> (${steps}:12:24)`, ...runtimeFrames])
  const before = error.stack
  cleanStack(error)
  expect(error.stack).toBe(before)
})

test('a stack of the user’s alone, and what is not an Error, stay as they are', () => {
  const error = errorWith('boom', [`    at World.<anonymous> (${steps}:12:24)`, `    at ${feature}:5:1`])
  const before = error.stack
  expect(cleanStack(error).stack).toBe(before)
  expect(cleanStack('not an Error')).toBe('not an Error')
})

test('addFeatureFrame ends the stack with the .feature line once', () => {
  const error = errorWith('boom', [`    at World.<anonymous> (${steps}:12:24)`])
  addFeatureFrame(error, feature, 5, 'Then step')
  addFeatureFrame(error, feature, 5, 'Then step')
  expect(error.stack!.split('\n').slice(1)).toEqual([
    `    at World.<anonymous> (${steps}:12:24)`,
    `    at Then step (${feature}:5:1)`,
  ])
})
