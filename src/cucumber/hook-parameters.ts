// The argument cucumber-js passes to Before/After and BeforeStep/AfterStep hooks: the scenario's
// Gherkin document and pickle, the result so far as a TestStepResult, the error and ids. The
// worker runs from compiled feature data, so the .feature file is parsed again here, once per file
// and only in workers whose hooks take an argument; the parser loads when such a hook is defined.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { format } from 'node:util'
import type { GherkinDocument, Pickle, TestStepResult, TestStepResultStatus } from '@cucumber/messages'
import type { ScenarioHookArg } from '../runtime/scenario-run.js'
import type { StepStatus } from '../types/scenario-result.js'
import type { ITestCaseHookParameter, ITestStepHookParameter } from './types.js'

type Gherkin = typeof import('@cucumber/gherkin')
type Messages = typeof import('@cucumber/messages')

let modules: { gherkin: Gherkin; messages: Messages } | undefined
let loading: Promise<void> | undefined

/** Loads Gherkin's parser (once per worker); hooks that take an argument await it. */
export function loadParser(): Promise<void> {
  // Imported on demand: most workers never need the parser, and it takes about 100 ms to load.
  loading ??= Promise.all([import('@cucumber/gherkin'), import('@cucumber/messages')]).then(([gherkin, messages]) => {
    modules = { gherkin, messages }
  })
  return loading
}

interface ParsedFile {
  text: string
  document: GherkinDocument
  /** Each pickle by its line: the Scenario's, or the Examples row's for an outline row. */
  pickles: Map<number, Pickle>
}

const files = new Map<string, ParsedFile>()

function parsed(uri: string, language: string): ParsedFile {
  if (!modules) throw new Error('brine/cucumber: the Gherkin parser is not loaded yet')
  const text = readFileSync(resolve(uri), 'utf8')
  const known = files.get(uri)
  if (known?.text === text) return known
  const { gherkin, messages } = modules
  const newId = messages.IdGenerator.incrementing()
  const matcher = uri.endsWith('.md')
    ? new gherkin.GherkinInMarkdownTokenMatcher(language)
    : new gherkin.GherkinClassicTokenMatcher(language)
  const document: GherkinDocument = { ...new gherkin.Parser(new gherkin.AstBuilder(newId), matcher).parse(text), uri }
  const lines = new Map<string, number>()
  const scenarios = (document.feature?.children ?? []).flatMap((child) => [
    ...(child.scenario ? [child.scenario] : []),
    ...(child.rule?.children ?? []).flatMap((ruleChild) => (ruleChild.scenario ? [ruleChild.scenario] : [])),
  ])
  for (const scenario of scenarios) {
    lines.set(scenario.id, scenario.location.line)
    for (const examples of scenario.examples) {
      for (const row of examples.tableBody) lines.set(row.id, row.location.line)
    }
  }
  const pickles = new Map<number, Pickle>()
  for (const pickle of gherkin.compile(document, uri, newId)) {
    pickles.set(lines.get(pickle.astNodeIds[1] ?? pickle.astNodeIds[0]!)!, pickle)
  }
  const file = { text, document, pickles }
  files.set(uri, file)
  return file
}

let started = 0

/** Ids of one scenario run, as cucumber-js's messages would have them. */
export function testCaseStartedId(): string {
  return String(++started)
}

/** cucumber-js's hook argument for a Before or After hook. */
export function testCaseHookParameter(arg: ScenarioHookArg, id: string, isAfter: boolean): ITestCaseHookParameter {
  const parameter = lazyDocument(arg, { testCaseStartedId: id }) as ITestCaseHookParameter
  if (isAfter) {
    const failed = [...arg.result.steps, ...arg.result.hooks].find((s) => s.status === arg.result.status && s.error)
    const duration = [...arg.result.steps, ...arg.result.hooks].reduce((sum, s) => sum + s.duration, 0)
    parameter.result = testStepResult(arg.result.status, duration, failed ? arg.error : undefined)
    // As cucumber-js: the error of the last step, when it ran and failed.
    const last = arg.result.steps.at(-1)
    parameter.error = last && last.status === 'failed' ? arg.error : undefined
    parameter.willBeRetried = arg.willBeRetried ?? false
  }
  return parameter
}

/** cucumber-js's hook argument for a BeforeStep or AfterStep hook. */
export function testStepHookParameter(arg: ScenarioHookArg, id: string): ITestStepHookParameter {
  const step = arg.step!
  const parameter = lazyDocument(arg, { testCaseStartedId: id, testStepId: `${id}.${step.index}` })
  Object.defineProperty(parameter, 'pickleStep', {
    enumerable: true,
    get: () => (parameter as ITestCaseHookParameter).pickle.steps[step.index],
  })
  const result = arg.result.steps[step.index]
  const stepParameter = parameter as ITestStepHookParameter
  if (step.status) {
    stepParameter.result = testStepResult(step.status, result?.duration ?? 0, step.error)
    stepParameter.error = step.error
  }
  return stepParameter
}

/** `fields` plus `gherkinDocument` and `pickle`, parsed when first read. */
function lazyDocument(arg: ScenarioHookArg, fields: Record<string, unknown>): object {
  const file = () => parsed(arg.scenario.uri, arg.language)
  return Object.defineProperties(fields, {
    gherkinDocument: { enumerable: true, get: () => file().document },
    pickle: { enumerable: true, get: () => file().pickles.get(arg.scenario.line) },
  })
}

function testStepResult(status: StepStatus, milliseconds: number, error: unknown): TestStepResult {
  const result: TestStepResult = {
    status: cucumberStatus(status),
    duration: { seconds: Math.floor(milliseconds / 1000), nanos: Math.round((milliseconds % 1000) * 1e6) },
  }
  if (error !== undefined && error !== null) {
    const e = error instanceof Error ? error : undefined
    result.message = e?.stack ?? format(error)
    result.exception = { type: e?.name ?? 'Error', message: e?.message ?? format(error) }
    if (e?.stack) result.exception.stackTrace = e.stack
  }
  return result
}

/** A brine step status as cucumber-js reports it. */
function cucumberStatus(status: StepStatus): TestStepResultStatus {
  return status.toUpperCase() as TestStepResultStatus
}
