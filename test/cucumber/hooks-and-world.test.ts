// brine/cucumber's hooks receive cucumber-js's arguments (pickle, gherkinDocument, result with
// Status, pickleStep), its Worlds are cucumber-js's (attach, log, link, parameters), any World
// constructor works, and the Status values are those of Cucumber's messages.
import { Readable } from 'node:stream'
import { TestStepResultStatus } from '@cucumber/messages'
import { expect, test } from 'vitest'
import {
  After,
  AfterAll,
  AfterStep,
  Before,
  BeforeAll,
  BeforeStep,
  context,
  Given,
  Status,
  setWorldConstructor,
  World,
  type ITestCaseHookParameter,
  type ITestStepHookParameter,
  type IWorldOptions,
} from '../../src/cucumber/index.ts'
import { runAfterAll } from '../../src/runtime/worker-hooks.ts'
import { supportRegistry } from '../../src/runtime/support-registry.ts'
import { message, runFeature } from './in-process.ts'

const seen: unknown[] = []

Before({ tags: '@hooks', name: 'record' }, function ({ pickle, gherkinDocument }: ITestCaseHookParameter) {
  seen.push(['before', pickle.name, pickle.tags.map((t) => t.name), gherkinDocument.feature?.name])
})
After('@hooks', function (this: World, { result, willBeRetried, error }: ITestCaseHookParameter) {
  seen.push(['after', result?.status, willBeRetried, (error as Error | undefined)?.message?.split('\n')[0]])
})
BeforeStep('@hooks', function ({ pickleStep }: ITestStepHookParameter) {
  seen.push(['before step', pickleStep.text, pickleStep.argument?.docString?.mediaType])
})
AfterStep('@hooks', function ({ pickleStep, result }: ITestStepHookParameter) {
  seen.push(['after step', pickleStep.text, result.status])
})
// cucumber-js's types have no callback form for hooks; its runtime (and brine's) has.
Before('@callback', function (_arg: unknown, done: () => void) {
  setTimeout(done, 1)
} as unknown as () => void)
Before('@skip-me', () => 'skipped')
BeforeAll(function (this: { parameters: { host: string } }) {
  seen.push(['before all', this.parameters.host, context.parameters.host])
})
AfterAll(function () {
  seen.push(['after all', this.parameters.host])
})

Given('a step with a doc string:', function (_text: string) {})
Given('a failing step', function () {
  throw new Error('it broke')
})
Given('attachments', async function (this: World) {
  this.attach('text')
  this.attach('aGk=', 'base64:text/plain')
  this.attach(Buffer.from('hi'), { mediaType: 'application/octet-stream', fileName: 'hi.bin' })
  await this.attach(Readable.from([Buffer.from('str'), Buffer.from('eam')]), 'text/plain')
  this.log('a log line')
  this.link('https://cucumber.io')
  expect(() => this.attach(Buffer.from('x'), undefined as unknown as string)).toThrow(
    'Buffer attachments must specify a media type',
  )
})
Given('a stream attached with a callback', function (this: World, done: () => void) {
  this.attach(Readable.from([Buffer.from('cb')]), 'text/plain', done)
})
Given('the world parameters say {string}', function (this: World, host: string) {
  expect(this.parameters).toEqual({ host })
  this.parameters.host = 'changed'
})

test('hooks get the pickle, the Gherkin document, the result with Status, and step hooks the pickle step', async () => {
  seen.length = 0
  const outcomes = await runFeature(
    `Feature: hooked
  @hooks
  Scenario: passes
    Given a step with a doc string:
      """markdown
      # Title
      """
  @hooks
  Scenario: fails
    Given a failing step
  @callback
  Scenario: callback hook
    Given a step with a doc string:
      """
      x
      """
  @skip-me
  Scenario: skipped
    Given a failing step
`,
    { host: 'example.org' },
    1,
  )
  expect(outcomes.map((o) => o.result.status)).toEqual(['passed', 'failed', 'passed', 'skipped'])
  expect(seen).toEqual([
    ['before all', 'example.org', 'example.org'],
    ['before', 'passes', ['@hooks'], 'hooked'],
    ['before step', 'a step with a doc string:', 'markdown'],
    ['after step', 'a step with a doc string:', 'PASSED'],
    ['after', 'PASSED', false, undefined],
    ['before', 'fails', ['@hooks'], 'hooked'],
    ['before step', 'a failing step', undefined],
    ['after step', 'a failing step', 'FAILED'],
    ['after', 'FAILED', true, 'it broke'],
  ])
  await runAfterAll(supportRegistry(), 1000)
  expect(seen.at(-1)).toEqual(['after all', 'example.org'])
})

test("a World has cucumber-js's attach, log and link, and its own copy of the parameters", async () => {
  const outcomes = await runFeature(
    `Feature: f
  Scenario: attaches
    Given attachments
    And a stream attached with a callback
  Scenario: one
    Given the world parameters say "h"
  Scenario: two
    Given the world parameters say "h"
`,
    { host: 'h' },
  )
  expect(outcomes.map((o) => o.result.status)).toEqual(['passed', 'passed', 'passed'])
  expect(
    outcomes[0]!.result.attachments.map(({ body, mediaType, encoding, fileName }) => ({
      body,
      mediaType,
      encoding,
      fileName,
    })),
  ).toEqual([
    { body: 'text', mediaType: 'text/plain', encoding: 'IDENTITY', fileName: undefined },
    { body: 'aGk=', mediaType: 'text/plain', encoding: 'BASE64', fileName: undefined },
    { body: 'aGk=', mediaType: 'application/octet-stream', encoding: 'BASE64', fileName: 'hi.bin' },
    {
      body: Buffer.from('stream').toString('base64'),
      mediaType: 'text/plain',
      encoding: 'BASE64',
      fileName: undefined,
    },
    { body: 'a log line', mediaType: 'text/x.cucumber.log+plain', encoding: 'IDENTITY', fileName: undefined },
    { body: 'https://cucumber.io', mediaType: 'text/uri-list', encoding: 'IDENTITY', fileName: undefined },
    { body: Buffer.from('cb').toString('base64'), mediaType: 'text/plain', encoding: 'BASE64', fileName: undefined },
  ])
})

test('any World constructor works: a class extending World, a plain class, a constructor function', async () => {
  Given('the world is a {word}', function (this: Record<string, unknown>, kind: string) {
    expect(this.kind).toBe(kind)
  })
  class Extending extends World {
    kind = 'subclass'
    constructor(options: IWorldOptions) {
      super(options)
    }
  }
  class Plain {
    kind = 'class'
  }
  function Constructor(this: { kind: string }) {
    this.kind = 'function'
  }
  const results: string[] = []
  for (const [constructor, kind] of [
    [Extending, 'subclass'],
    [Plain, 'class'],
    [Constructor, 'function'],
  ] as const) {
    setWorldConstructor(constructor)
    const [outcome] = await runFeature(`Feature: f\n  Scenario: s\n    Given the world is a ${kind}\n`)
    results.push(outcome!.result.status === 'passed' ? kind : message(outcome!))
  }
  setWorldConstructor(World)
  expect(results).toEqual(['subclass', 'class', 'function'])
})

test("Status holds the messages' TestStepResultStatus values", () => {
  expect({ ...Status }).toEqual({ ...TestStepResultStatus })
})
