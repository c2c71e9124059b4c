// brine/cucumber's step definitions call support code as cucumber-js does: `this` is the World,
// doc strings as strings, data tables as cucumber-js's DataTable, RegExp groups through their
// parameter types, callback / promise / synchronous interfaces chosen by arity, options and the
// definition function wrapper.
import { expect, test } from 'vitest'
import { DataTable as MessagesTable } from '../../src/cucumber/data-table.ts'
import {
  DataTable,
  defineParameterType,
  defineStep,
  Given,
  setDefaultTimeout,
  setDefinitionFunctionWrapper,
  Then,
  When,
  world,
} from '../../src/cucumber/index.ts'
import { message, runFeature } from './in-process.ts'

const seen: unknown[] = []

Given('a doc string:', function (text: unknown) {
  seen.push(typeof text, text)
})
Given('a table:', function (table: DataTable) {
  seen.push(table instanceof DataTable, table.hashes(), table.rowsHash === MessagesTable.prototype.rowsHash)
})
Given(/^(\d+) and (-?\d+) and (\d+\.\d+) and (\w+)$/, function (a: unknown, b: unknown, c: unknown, d: unknown) {
  seen.push(a, b, c, d)
})
defineParameterType({ name: 'colour', regexp: /red|blue/, transformer: (s) => s.toUpperCase() })
Given('a {colour} ball', function (this: { ball: string }, colour: string) {
  this.ball = colour
})
Then('the ball is {word}', function (this: { ball: string }, colour: string) {
  expect(this.ball).toBe(colour)
})
When('an arrow function reads the world proxy', () => {
  seen.push(world.ball)
})
defineStep(
  'a callback step ends with {word}',
  function (how: string, done: (error?: unknown, result?: unknown) => void) {
    setTimeout(
      () => (how === 'error' ? done(new Error('called back')) : how === 'pending' ? done(null, 'pending') : done()),
      1,
    )
  },
)
Given('a promise step', async function () {
  await new Promise((resolve) => setTimeout(resolve, 1))
  seen.push('promise')
})
Given('a step with two parameters', function (_a: unknown, _b: unknown, _c: unknown) {})
Given('a step that calls back and returns a promise', function (_done: unknown) {
  return Promise.resolve()
})
Given('a step that returns pending', () => 'pending')
Given('a slow step', { timeout: 20 }, () => new Promise((resolve) => setTimeout(resolve, 200)))
Given('a wrapped step', { wrapperOptions: { label: 'wrapped' } }, function () {
  seen.push('inner')
})

test('a doc string arrives as its text, a data table as cucumber-js DataTable', async () => {
  seen.length = 0
  const [outcome] = await runFeature(`Feature: f
  Scenario: s
    Given a doc string:
      """json
      {"a": 1}
      """
    And a table:
      | k | v |
      | a | 1 |
`)
  expect(outcome!.result.status).toBe('passed')
  expect(seen).toEqual(['string', '{"a": 1}', true, [{ k: 'a', v: '1' }], true])
})

test('RegExp groups go through parameter types, as cucumber-js passes them', async () => {
  seen.length = 0
  const [outcome] = await runFeature('Feature: f\n  Scenario: s\n    Given 12 and -3 and 1.5 and word\n')
  expect(outcome!.result.status).toBe('passed')
  // A group whose regexp is exactly a parameter type's (int's `\d+`, `-?\d+`) is converted; others stay text.
  expect(seen).toEqual([12, -3, '1.5', 'word'])
})

test('custom parameter types, `this` state and the world proxy', async () => {
  seen.length = 0
  const outcomes = await runFeature(`Feature: f
  Scenario: s
    Given a red ball
    When an arrow function reads the world proxy
    Then the ball is RED
`)
  expect(outcomes.map((o) => o.result.status)).toEqual(['passed'])
  expect(seen).toEqual(['RED'])
})

test('callback, promise and synchronous interfaces, and their errors', async () => {
  seen.length = 0
  const outcomes = await runFeature(`Feature: f
  Scenario: passes
    Given a callback step ends with success
    And a promise step
  Scenario: fails
    Given a callback step ends with error
  Scenario: pending by callback
    Given a callback step ends with pending
  Scenario: pending by return
    Given a step that returns pending
  Scenario: wrong number of parameters
    Given a step with two parameters
  Scenario: both interfaces
    Given a step that calls back and returns a promise
  Scenario: times out
    Given a slow step
`)
  expect(outcomes.map((o) => o.result.status)).toEqual([
    'passed',
    'failed',
    'pending',
    'pending',
    'failed',
    'failed',
    'failed',
  ])
  expect(seen).toEqual(['promise'])
  expect(message(outcomes[1]!)).toBe('called back')
  expect(message(outcomes[4]!)).toBe(
    'function has 3 arguments, should have 0 (if synchronous or returning a promise) or 1 (if accepting a callback)',
  )
  expect(message(outcomes[5]!)).toContain('function uses multiple asynchronous interfaces: callback and promise')
  expect(message(outcomes[6]!)).toContain('timed out after 20 ms')
})

test('setDefaultTimeout applies to definitions without a timeout of their own, when they run', async () => {
  Given('a 30 ms step', () => new Promise((resolve) => setTimeout(resolve, 30)))
  setDefaultTimeout(10)
  try {
    const [outcome] = await runFeature('Feature: f\n  Scenario: s\n    Given a 30 ms step\n')
    expect(message(outcome!)).toContain('timed out after 10 ms')
  } finally {
    setDefaultTimeout(-1)
  }
})

test('setDefinitionFunctionWrapper wraps every definition, with its wrapperOptions and arity', async () => {
  seen.length = 0
  setDefinitionFunctionWrapper((fn: (...args: unknown[]) => unknown, options?: { label?: string }) => {
    return function (this: unknown, ...args: unknown[]) {
      seen.push(`before ${options?.label ?? '-'}`)
      return fn.apply(this, args)
    }
  })
  try {
    const [outcome] = await runFeature('Feature: f\n  Scenario: s\n    Given a wrapped step\n    And a promise step\n')
    expect(outcome!.result.status).toBe('passed')
    expect(seen).toEqual(['before wrapped', 'inner', 'before -', 'promise'])
  } finally {
    setDefinitionFunctionWrapper(undefined as unknown as () => void)
  }
})
