// Runs one scenario: a fresh World, Before hooks, the steps in order until the first that does
// not pass, After hooks in reverse order whatever happened, and the results in task meta.
import { resolve } from 'node:path'
import { AmbiguousStepError, PendingError, StepTimeoutError, UndefinedStepError } from './errors.js'
import { DataTable } from './data-table.js'
import { DocString } from './doc-string.js'
import type { FeatureData, ScenarioData, StepData } from '../types/feature-data.js'
import { findStep, stepQuery, type StepMatch } from './find-step.js'
import type { HookDefinition } from './hook-definition.js'
import { snippet } from './snippet.js'
import type { HookResult, ScenarioResult, StepResult, StepStatus } from '../types/scenario-result.js'
import { errorResult, reportable } from './report-values.js'
import { definitionRef, stepMatch } from './definition-ref.js'
import { hookId } from './definition-ids.js'
import { isUndefinedParameterType, usableSteps } from './usable-definitions.js'
import { plannedMatches } from './planned-matches.js'
import type { SupportRegistry } from './support-registry.js'
import { isThenable, UserCalls } from './user-call.js'
import type { StepDefinition } from './step-definition.js'
import { prefixMessage, suffixMessage } from './error-text.js'
import { addFeatureFrame, cleanStack } from './clean-stack.js'
import { stepTrail } from './step-trail.js'
import { runInScenarioScope } from './scenario-scope.js'
import { releaseWorld, type RuleInfo, type ScenarioInfo } from './world.js'
import type { ScenarioPlace } from './step-scope.js'

/** What Before, After, BeforeStep and AfterStep hooks receive after the World. */
export interface ScenarioHookArg {
  scenario: ScenarioInfo
  result: ScenarioResult
  /** The feature's Gherkin language (for code that reads the .feature file again). */
  language: string
  /** BeforeStep and AfterStep hooks: the step they run around. */
  step?: StepHookInfo
  /** After hooks: the error the scenario failed with, as thrown. */
  error?: unknown
  /** After hooks: true when the scenario failed and will run again (retries). */
  willBeRetried?: boolean
}

/** A scenario's generated body: awaits `run.step(i)` for each step in turn, each on the line that maps to the step. */
export type ScenarioBody = (run: ScenarioRun) => Promise<void>

export interface RunSettings {
  stepTimeout: number
  worldParameters: Record<string, unknown>
  /** How many more times the scenario runs if this attempt fails (After hooks are told). */
  retriesLeft?: number
  /** Match the steps but run no step and no hook, as Cucumber's dry run does. */
  dryRun?: boolean
}

/** What BeforeStep and AfterStep hooks are told about the step they run around. */
export interface StepHookInfo {
  /** Index of the step in the scenario (Background steps first). */
  index: number
  /** AfterStep: how the step ended ('skipped' when a BeforeStep hook stopped it). */
  status?: StepStatus
  /** AfterStep: the error the step failed with, as thrown. */
  error?: unknown
}

export class ScenarioRun {
  readonly result: ScenarioResult
  /** The World: an instance of whatever constructor was set, so no member of it is relied on. */
  private world!: object
  private info!: ScenarioInfo
  private firstError: unknown
  private currentStep: number | undefined
  private currentHook: number | undefined
  /** Calls steps and hooks; interrupt() ends the one being awaited. */
  private readonly calls = new UserCalls()
  /** The BeforeStep and AfterStep hooks for this scenario, looked up once. */
  private stepHooksCache: { before: HookDefinition[]; after: HookDefinition[] } | undefined
  /** Where the steps are, for scoped definitions. */
  private readonly place: ScenarioPlace

  constructor(
    private readonly registry: SupportRegistry,
    private readonly feature: FeatureData,
    private readonly scenario: ScenarioData,
    private readonly settings: RunSettings,
    /** The Rule the scenario is in, if any. */
    private readonly rule?: RuleInfo,
  ) {
    this.place = {
      uri: feature.uri,
      name: scenario.name,
      line: scenario.line,
      scenarioLine: scenario.scenarioLine,
      tags: scenario.tags,
    }
    this.result = {
      uri: feature.uri,
      line: scenario.line,
      name: scenario.name,
      status: 'passed',
      steps: scenario.steps.map((step) => ({
        keyword: step.keyword,
        text: step.text,
        line: step.line,
        background: step.background ?? false,
        status: 'skipped',
        duration: 0,
      })),
      hooks: [],
      attachments: [],
    }
  }

  /** Runs the scenario: Before hooks, `body` (its steps) while it passes, After hooks. */
  async run(body: ScenarioBody): Promise<void> {
    const World = this.registry.worldConstructor
    const examples = this.scenario.examples
    this.info = {
      name: this.scenario.name,
      tags: this.scenario.tags,
      uri: this.feature.uri,
      line: this.scenario.line,
      ...(this.rule ? { rule: { name: this.rule.name, line: this.rule.line, tags: this.rule.tags } } : {}),
      ...(examples ? { examples: { name: examples.name, row: examples.row, values: examples.values ?? {} } } : {}),
    }
    this.world = new World({
      scenario: this.info,
      parameters: this.settings.worldParameters,
      attach: (attachment) =>
        this.result.attachments.push({
          ...attachment,
          step: this.currentStep,
          hook: this.currentHook,
          timestamp: Date.now(),
        }),
    })
    this.result.startedAt = Date.now()
    const label = `"${this.scenario.name}" (${this.feature.uri}:${this.scenario.line})`
    await runInScenarioScope({ label, interrupt: (error) => this.interrupt(error) }, async () => {
      // A dry run runs no hook.
      const hooks = (kind: 'Before' | 'After') =>
        this.settings.dryRun ? [] : this.registry.hooksOf(kind, this.scenario.tags)
      try {
        await this.runHooks(hooks('Before'))
        if (this.result.status === 'passed') await body(this)
        if (this.settings.dryRun && this.result.status === 'passed') this.fail('skipped', new Error('dry run'))
      } catch (error) {
        // step() records a step's failure, and a stopped scenario has one; anything else is a
        // fault in brine itself, which must fail the scenario rather than vanish.
        if (this.result.status === 'passed') this.fail('failed', error)
      } finally {
        await this.runHooks(hooks('After'))
        this.calls.dispose()
        releaseWorld(this.world)
        this.planSkippedSteps()
        this.addTrail()
      }
    })
  }

  /** Ends the message of the error a failed scenario throws with its step trail. */
  private addTrail(): void {
    const error = this.firstError
    if (!['failed', 'undefined', 'ambiguous'].includes(this.result.status)) return
    // An error object thrown again by another scenario (a shared constant) keeps its first trail.
    if (!(error instanceof Error) || trailed.has(error)) return
    trailed.add(error)
    const gap = error.message.endsWith('\n') ? '\n' : '\n\n'
    suffixMessage(error, `${gap}${stepTrail(this.scenario, this.result, this.feature.uri)}`)
  }

  /** The scenario cannot start: a BeforeAll or BeforeFeature hook it depends on failed. */
  blocked(error: unknown): void {
    this.fail('failed', error)
    this.planSkippedSteps()
  }

  /**
   * An error escaped the code the scenario started (a timer, a stray promise, process.exit):
   * the step or hook being awaited fails with it now rather than at its timeout.
   */
  interrupt(error: Error): void {
    if (!this.calls.interrupt(error)) this.fail('failed', error)
  }

  /** The first error the scenario ended with, if it failed. */
  get error(): unknown {
    return this.firstError
  }

  async step(index: number): Promise<void> {
    // A hook after the previous step failed the scenario: the rest of the steps stay skipped.
    if (this.result.status !== 'passed' && !this.settings.dryRun) throw SCENARIO_STOPPED
    const step = this.scenario.steps[index]!
    const result = this.result.steps[index]!
    const started = performance.now()
    this.currentStep = index
    try {
      const pending = this.runStep(step, result, index)
      if (pending) await pending
      result.status = this.settings.dryRun ? 'skipped' : 'passed'
    } catch (error) {
      // A BeforeStep hook failed: the step did not run, the hook's error is the scenario's.
      if (error === SCENARIO_STOPPED) throw error
      result.status = statusOf(error)
      if (result.status === 'skipped') {
        this.fail('skipped', error)
        throw error
      }
      const decorated = decorate(error, step, this.feature)
      this.fail(result.status, decorated)
      result.error = errorResult(decorated)
      // A dry run matches every step, as Cucumber's does: the worst status is the scenario's.
      if (this.settings.dryRun) return
      throw decorated
    } finally {
      result.duration = performance.now() - started
      this.currentStep = undefined
    }
  }

  /**
   * Matches and runs step `index`: without a promise when its arguments, its definition and its
   * step hooks (none) are all synchronous; otherwise the promise of its end.
   */
  private runStep(step: StepData, result: StepResult, index: number): void | Promise<void> {
    const where = `${this.feature.uri}:${step.line}`
    const match = this.findStep(step)
    if (match.status === 'undefined') {
      result.snippet = snippet(step, this.registry.parameterTypes)
      const elsewhere = match.elsewhere?.map((d) => `${d.patternSource}  ${d.location}  (${d.scopeText})`)
      throw new UndefinedStepError(`${step.keyword}${step.text}`, result.snippet, where, elsewhere)
    }
    if (match.status === 'ambiguous') {
      result.matches = match.definitions.map((d) => stepMatch(d, step.text))
      const candidates = match.definitions.map((d) => `${d.patternSource}  ${d.location}`)
      throw new AmbiguousStepError(`${step.keyword}${step.text}`, where, candidates)
    }
    const { definition } = match
    if (match.args.some(isThenable)) {
      return Promise.all(match.args).then((args) => this.runDefinition(step, result, index, definition, args))
    }
    return this.runDefinition(step, result, index, definition, [...match.args])
  }

  private runDefinition(
    step: StepData,
    result: StepResult,
    index: number,
    definition: StepDefinition,
    args: unknown[],
  ): void | Promise<void> {
    result.definition = definitionRef(definition)
    result.matches = [stepMatch(definition, step.text)]
    result.arguments = args.map(reportable)
    if (this.settings.dryRun) return
    if (step.dataTable) args.push(new DataTable(step.dataTable))
    else if (step.docString)
      args.push(new DocString(step.docString.content, step.docString.mediaType, step.docString.delimiter))
    const hooks = this.stepHooks()
    if (hooks.before.length > 0 || hooks.after.length > 0) return this.runWithStepHooks(step, index, definition, args)
    // An interrupt while asynchronous arguments resolved: the scenario has failed already.
    if (this.result.status !== 'passed') throw SCENARIO_STOPPED
    const value = this.callDefinition(step, definition, args)
    return isThenable(value) ? Promise.resolve(value).then(checkValue) : checkValue(value)
  }

  /** The step between its BeforeStep and AfterStep hooks, which learn its index and outcome. */
  private async runWithStepHooks(
    step: StepData,
    index: number,
    definition: StepDefinition,
    args: unknown[],
  ): Promise<void> {
    const hooks = this.stepHooks()
    await this.runHooks(hooks.before, { index })
    const outcome: StepHookInfo = { index, status: 'skipped' }
    try {
      if (this.result.status !== 'passed') throw SCENARIO_STOPPED
      checkValue(await this.callDefinition(step, definition, args))
      outcome.status = 'passed'
    } catch (error) {
      if (error !== SCENARIO_STOPPED) Object.assign(outcome, { status: statusOf(error), error })
      throw error
    } finally {
      await this.runHooks(hooks.after, outcome)
    }
  }

  private callDefinition(step: StepData, definition: StepDefinition, args: unknown[]): unknown {
    const timeout = definition.options.timeout ?? this.settings.stepTimeout
    return this.calls.call(
      () => definition.fn.call(this.world, this.world, ...args),
      timeout,
      () => new StepTimeoutError(`Step "${step.keyword}${step.text}"`, `${this.feature.uri}:${step.line}`, timeout),
    )
  }

  private stepHooks(): { before: HookDefinition[]; after: HookDefinition[] } {
    this.stepHooksCache ??= {
      before: this.registry.hooksOf('BeforeStep', this.scenario.tags),
      after: this.registry.hooksOf('AfterStep', this.scenario.tags),
    }
    return this.stepHooksCache
  }

  /** Records what the steps that did not run would have matched, for reports. */
  private planSkippedSteps(): void {
    this.scenario.steps.forEach((step, i) => {
      const result = this.result.steps[i]!
      if (result.status === 'skipped' && !result.matches)
        result.matches = plannedMatches(this.registry, step, this.place)
    })
  }

  private findStep(step: StepData): StepMatch {
    try {
      return findStep(
        this.registry,
        stepQuery(step, { scenario: this.place, dialect: this.feature.dialect }),
        this.world,
      )
    } catch (error) {
      if (!isUndefinedParameterType(error)) throw error
      // As in Cucumber, a definition naming an unknown parameter type is left out (the feature
      // meta reports it) and the step is matched against the others.
      const found = usableSteps(this.registry).flatMap((definition) => {
        if (definition.stepType && definition.stepType !== step.type) return []
        if (!definition.appliesTo(this.place)) return []
        const args = definition.match(step.text, this.world)
        return args ? [{ definition, args }] : []
      })
      if (found.length === 0) return { status: 'undefined' }
      if (found.length > 1) return { status: 'ambiguous', definitions: found.map((f) => f.definition) }
      return { status: 'matched', ...found[0]! }
    }
  }

  private async runHooks(hooks: HookDefinition[], step?: StepHookInfo): Promise<void> {
    for (const hook of hooks) {
      const isAfter = hook.kind.startsWith('After')
      // Before hooks stop at the first failure; After hooks always run.
      if (!isAfter && this.result.status !== 'passed') return
      const record: HookResult = {
        kind: hook.kind,
        uri: hook.site.uri,
        line: hook.site.line,
        status: 'passed',
        duration: 0,
      }
      if (hook.options.name) record.name = hook.options.name
      if (step) record.step = step.index
      record.id = hookId(hook)
      this.currentHook = this.result.hooks.push(record) - 1
      const started = performance.now()
      const timeout = hook.options.timeout ?? this.settings.stepTimeout
      try {
        checkValue(
          await this.calls.call(
            () => hook.fn.call(this.world, this.world, this.hookArgument(isAfter, step)),
            timeout,
            () => new StepTimeoutError(hook.label, `${this.feature.uri}:${this.scenario.line}`, timeout),
          ),
        )
      } catch (error) {
        record.status = statusOf(error)
        if (record.status !== 'skipped') {
          const line = step === undefined ? this.scenario.line : this.scenario.steps[step.index]!.line
          cleanStack(addFeatureFrame(error, resolve(this.feature.uri), line, `${hook.kind} hook`))
          record.error = errorResult(error)
          prefixMessage(error, `${hook.label} failed: `)
        }
        this.fail(record.status, error)
      } finally {
        record.duration = performance.now() - started
        this.currentHook = undefined
      }
    }
  }

  /** The second argument of scenario and step hooks. */
  private hookArgument(isAfter: boolean, step: StepHookInfo | undefined): ScenarioHookArg {
    const arg: ScenarioHookArg = { scenario: this.info, result: this.result, language: this.feature.language }
    if (step) arg.step = step
    else if (isAfter) {
      if (this.firstError !== undefined) arg.error = this.firstError
      arg.willBeRetried = this.result.status === 'failed' && (this.settings.retriesLeft ?? 0) > 0
    }
    return arg
  }

  private fail(status: StepStatus, error: unknown): void {
    // Pending and skipped stop a scenario without failing it; a later failure (an After hook) does.
    const soft = (s: StepStatus) => s === 'pending' || s === 'skipped'
    const worse =
      this.result.status === 'passed' ||
      (soft(this.result.status) && !soft(status)) ||
      (this.settings.dryRun && status === 'ambiguous' && this.result.status === 'undefined')
    if (worse) {
      this.result.status = status
      this.firstError = error
    }
  }
}

/** A scenario body that runs `count` steps in order, for runs without generated code (tests, tools). */
export function eachStep(count: number): ScenarioBody {
  return async (run) => {
    for (let i = 0; i < count; i++) await run.step(i)
  }
}

/** Errors whose message already ends with a trail. */
const trailed = new WeakSet<Error>()

/** Ends a scenario's generated body once the scenario no longer passes. */
const SCENARIO_STOPPED = new Error('The scenario has stopped')

/** A step returned 'skipped': the scenario stops and is reported skipped, as in Cucumber. */
class SkippedSignal extends Error {
  constructor() {
    super('skipped')
    this.name = 'SkippedSignal'
  }
}

function statusOf(error: unknown): StepStatus {
  if (error instanceof PendingError) return 'pending'
  if (error instanceof SkippedSignal) return 'skipped'
  if (error instanceof UndefinedStepError) return 'undefined'
  if (error instanceof AmbiguousStepError) return 'ambiguous'
  return 'failed'
}

/** Names the Gherkin step in the error; its stack shows the user's frames and the .feature line. */
function decorate(error: unknown, step: StepData, feature: FeatureData): unknown {
  const where = `${feature.uri}:${step.line}`
  const err = error instanceof Error ? error : new Error(String(error))
  if (!(err instanceof UndefinedStepError || err instanceof AmbiguousStepError || err instanceof StepTimeoutError)) {
    err.message = `${err.message}\n    at step: ${step.keyword}${step.text} (${where})`
  }
  return cleanStack(addFeatureFrame(err, resolve(feature.uri), step.line, `${step.keyword.trim()} step`))
}

/** A step or hook returning 'pending' or 'skipped' stops the scenario there. */
function checkValue(value: unknown): void {
  if (value === 'pending') throw new PendingError()
  if (value === 'skipped') throw new SkippedSignal()
}
