// Turns a compiled feature into Vitest suites and tests. Called by generated modules only: each
// call site there maps to a .feature line, which is how Vitest's locations become feature lines.
import { afterAll, beforeAll, describe, test, type TaskMeta, type TestContext } from 'vitest'
import type { FeatureData, RuleData, ScenarioData } from '../types/feature-data.js'
import type { HookKind } from './hook-definition.js'
import type { FeatureInfo } from './index.js'
import { ScenarioRun, type RunSettings, type ScenarioBody } from './scenario-run.js'
import { readTags, tagFilter } from './scenario-tags.js'
import type { ScenarioResult } from '../types/scenario-result.js'
import { supportInfo, supportSignature } from './support-info.js'
import type { FeatureMeta } from '../types/support-info.js'
import type {} from '../types/task-meta.js'
import { supportRegistry, type SupportRegistry } from './support-registry.js'
import { withTimeout } from './with-timeout.js'
import { ensureBeforeAll, runAfterAll } from './worker-hooks.js'
import { deferringRegistration } from './collect-group.js'
import { StepTimeoutError } from './errors.js'
import { prefixMessage } from './error-text.js'
import { cleanStack } from './clean-stack.js'
import { decodeFeatureData } from './feature-data-text.js'

export interface RunOptions {
  /** Cucumber tag expression; BRINE_TAGS overrides it. */
  tags?: string
  /** Default step and hook timeout in ms (5000). */
  stepTimeout?: number
  worldParameters?: Record<string, unknown>
  /** Run the scenarios of every feature concurrently unless tagged @sequential. */
  concurrent?: boolean
  /** Regular expressions: only scenarios whose name matches one of them run (the others are skipped). */
  names?: string[]
  /** How many times a failed scenario runs again (`@retries:N` tags take precedence). */
  retry?: number
  /** Tag expression limiting `retry` to the scenarios it matches. */
  retryTagFilter?: string
  /** False: an undefined scenario is reported skipped instead of failing the run. Default true. */
  strict?: boolean
  /** Match every step but run no step and no hook; matched steps are reported skipped. */
  dryRun?: boolean
}

const DEFAULT_STEP_TIMEOUT = 5000

// AfterAll runs when the worker ends, from the cleanup list of Vitest's worker state: where Vitest
// 3.2 and 4.1 register the teardown of worker-scoped fixtures. An auto worker fixture would do the
// same, but costs a fixture lookup per test and, in Vitest 3.2, keeps every test context (its task
// and the scenario's results) alive in the worker until it ends. Each copy of this module (one per
// worker; one per feature when modules are reset) registers its own, for its own BeforeAll state.
const workerState = (globalThis as { __vitest_worker__?: { onCleanup?: (listener: () => unknown) => void } })
  .__vitest_worker__
const afterAllOnCleanup = typeof workerState?.onCleanup === 'function'
if (afterAllOnCleanup) workerState.onCleanup!(() => runAfterAll(supportRegistry(), DEFAULT_STEP_TIMEOUT))
// Elsewhere (no worker state to hook into), the fixture it replaces.
const featureTest = afterAllOnCleanup
  ? test
  : test.extend<{ brineWorker: undefined }>({
      brineWorker: [
        // eslint-disable-next-line no-empty-pattern
        async ({}, use) => {
          await use(undefined)
          await runAfterAll(supportRegistry(), DEFAULT_STEP_TIMEOUT)
        },
        { scope: 'worker', auto: true },
      ],
    })

function earlierAttempts(previous: ScenarioResult | undefined): ScenarioResult[] {
  if (!previous) return []
  const { attempts = [], ...last } = previous
  return [...attempts, last]
}

/** The error each scenario last ended with, for Vitest retries that must not run it again. */
const verdicts = new WeakMap<object, unknown>()

let supportWritten: string | undefined

/** The feature's meta; the support info only when this worker has not reported it as it is now. */
function featureMeta(feature: FeatureData, registry: SupportRegistry): FeatureMeta {
  const meta: FeatureMeta = { uri: feature.uri, language: feature.language }
  if (feature.dialect) meta.dialect = feature.dialect
  const signature = supportSignature(registry)
  if (signature !== supportWritten) {
    meta.support = supportInfo(registry)
    supportWritten = signature
  }
  return meta
}

/** What feature hooks receive about the feature. */
function featureInfo(feature: FeatureData): FeatureInfo {
  const info: FeatureInfo = { name: feature.name, uri: feature.uri, tags: feature.tags, language: feature.language }
  if (feature.stepKeywords) info.stepKeywords = feature.stepKeywords
  return info
}

function suiteOf(args: ArrayLike<unknown>): { meta: TaskMeta } | undefined {
  return Array.from(args).find((arg) => (arg as { type?: unknown } | null)?.type === 'suite') as
    { meta: TaskMeta } | undefined
}

/**
 * A Feature or Rule still without scenarios (one being written, say) is not an error, as in
 * Cucumber; Vitest fails a suite without tests, so it gets a skipped test that says why.
 */
function noScenarios(): void {
  test.skip('(no scenarios yet)', () => {})
}

/** `data` is the feature as generated modules carry it (base64url text), or the FeatureData itself. */
export function defineFeature(data: FeatureData | string, options: RunOptions = {}) {
  const feature = typeof data === 'string' ? decodeFeatureData(data) : data
  const registry = supportRegistry()
  const stepTimeout = options.stepTimeout ?? DEFAULT_STEP_TIMEOUT
  const selectedTags = tagFilter(process.env.BRINE_TAGS || options.tags)
  const names = (options.names ?? []).map((name) => new RegExp(name))
  const selected = (scenario: ScenarioData) =>
    selectedTags(scenario.tags) && (names.length === 0 || names.some((name) => name.test(scenario.name)))
  const retryFilter = tagFilter(options.retryTagFilter)
  const featureTags = readTags(feature.tags, feature.dialect)
  // A failed BeforeAll or BeforeFeature hook: every scenario of the feature fails with it.
  let blockedBy: unknown

  const runFeatureHooks = async (kind: HookKind) => {
    for (const hook of registry.hooksOf(kind, feature.tags)) {
      const timeout = hook.options.timeout ?? stepTimeout
      try {
        await withTimeout(
          () => hook.fn(featureInfo(feature)),
          timeout,
          () => new StepTimeoutError(hook.label, feature.uri, timeout),
        )
      } catch (error) {
        throw prefixMessage(cleanStack(error), `${hook.label} failed: `)
      }
    }
  }

  const defineScenario = (scenario: ScenarioData, body: ScenarioBody, rule?: RuleData) => {
    const tags = readTags(scenario.tags, feature.dialect)
    const settings: RunSettings = {
      stepTimeout: tags.timeout ?? stepTimeout,
      worldParameters: options.worldParameters ?? {},
      ...(options.dryRun ? { dryRun: true } : {}),
    }
    const retries = tags.retry ?? (options.retry && retryFilter(scenario.tags) ? options.retry : 0)
    // Vitest 3.2 drops the options object of an extended test (all but timeout), so the modes
    // go through its chainable API and retries are brine's own.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    let define: any = featureTest
    if (tags.skip || !selected(scenario)) define = define.skip
    if (tags.todo) define = define.todo
    if (tags.fails) define = define.fails
    if (tags.only) define = define.only
    if (tags.concurrent) define = define.concurrent
    if (tags.sequential) define = define.sequential
    const runTest = async (task: TestContext['task'], skip: TestContext['skip']) => {
      try {
        if (!options.dryRun) await ensureBeforeAll(registry, stepTimeout, settings.worldParameters)
        if (blockedBy) throw blockedBy
      } catch (error) {
        const blocked = new ScenarioRun(registry, feature, scenario, settings, rule)
        blocked.blocked(error)
        task.meta.brine = { ...blocked.result, attempt: 0 }
        throw error
      }
      // Vitest's own `retry` option calls this function again: earlier attempts stay on record.
      // It retries any failure; like Cucumber, brine retries only failed scenarios, so an undefined
      // or ambiguous one keeps its one attempt and its verdict.
      const previous = task.meta.brine
      if (previous && previous.status !== 'failed' && verdicts.has(task)) throw verdicts.get(task)
      const attempts = earlierAttempts(previous)
      let run: ScenarioRun
      for (let attempt = attempts.length, retried = 0; ; attempt++, retried++) {
        run = new ScenarioRun(registry, feature, scenario, { ...settings, retriesLeft: retries - retried }, rule)
        try {
          await run.run(body)
        } finally {
          task.meta.brine = { ...run.result, attempt, ...(attempts.length ? { attempts } : {}) }
        }
        if (run.result.status !== 'failed' || retried >= retries) break
        attempts.push({ ...run.result, attempt })
      }
      const lenient = options.strict === false && run.result.status === 'undefined'
      if (run.result.status === 'pending' || run.result.status === 'skipped' || lenient) {
        skip(String((run.error as Error).message))
      }
      if (run.result.status !== 'passed') {
        verdicts.set(task, run.error)
        throw run.error
      }
    }
    // Vitest reads the fixtures a test uses from its parameter pattern, so it must destructure;
    // it tokenizes the function's source on every run to do so, so the function stays one line.
    // Steps and hooks have their own timeouts; the scenario as a whole has none (0).
    define(scenario.title, ({ task, skip }: TestContext) => runTest(task, skip), 0)
  }

  // The feature's suite, kept so a group can register it (again, when a re-run finds the module cached).
  let registerSuite: (() => void) | undefined

  return {
    feature(body: () => void): void {
      const concurrent = (featureTags.concurrent || options.concurrent) && !featureTags.sequential
      registerSuite = () =>
        describe(
          feature.name || feature.uri,
          { concurrent: concurrent || undefined, sequential: featureTags.sequential || undefined },
          () => {
            // A plain function without parameters: Vitest 3 passes the suite first, Vitest 4 second
            // (after a fixtures context it parses from the parameter list).
            beforeAll(async function () {
              // eslint-disable-next-line prefer-rest-params
              const suite = suiteOf(arguments)
              if (suite) suite.meta.brineFeature = featureMeta(feature, registry)
              try {
                if (options.dryRun) return
                await ensureBeforeAll(registry, stepTimeout, options.worldParameters)
                await runFeatureHooks('BeforeFeature')
              } catch (error) {
                // Thrown here, Vitest would skip the scenarios; they fail with it instead.
                blockedBy = error
              }
            })
            afterAll(() => (options.dryRun ? undefined : runFeatureHooks('AfterFeature')))
            body()
            if (feature.scenarios.length === 0 && feature.rules.length === 0) noScenarios()
          },
        )
      if (!deferringRegistration()) registerSuite()
    },
    /** Registers the feature's suite for a group (see collect-group.ts); false when it has none. */
    register(): boolean {
      registerSuite?.()
      return registerSuite !== undefined
    },
    rule(index: number, body: () => void): void {
      const rule: RuleData = feature.rules[index]!
      const tags = readTags(rule.tags, feature.dialect)
      describe(
        rule.name || `${rule.keyword} (line ${rule.line})`,
        { concurrent: tags.concurrent || undefined, sequential: tags.sequential || undefined },
        () => {
          body()
          if (rule.scenarios.length === 0) noScenarios()
        },
      )
    },
    scenario(index: number, body: ScenarioBody): void {
      defineScenario(feature.scenarios[index]!, body)
    },
    ruleScenario(rule: number, index: number, body: ScenarioBody): void {
      const data = feature.rules[rule]!
      defineScenario(data.scenarios[index]!, body, data)
    },
  }
}
