// One scenario as Cucumber Messages: the testCase (Before hooks, steps, After hooks, with the
// definitions each step matched) and, per attempt, its started/finished messages with results,
// attachments and snippets, timed from the step durations the worker recorded.
import parseTagExpression from '@cucumber/tag-expressions'
import {
  TimeConversion,
  type Envelope,
  type IdGenerator,
  type TestStep,
  type TestStepResult,
  type TestStepResultStatus,
} from '@cucumber/messages'
import type { ScenarioResult } from '../../types/scenario-result.js'
import type { HookInfo, SupportInfo } from '../../types/support-info.js'
import type { ScenarioOutcome } from '../model/collect-run.js'
import { stepOutcomes, type StepOutcome } from '../model/step-outcomes.js'
import { snippets } from './snippets.js'
import type { SupportIds } from './support-envelopes.js'

export interface TestCaseContext {
  support: SupportInfo
  ids: SupportIds
  newId: IdGenerator.NewId
  testRunStartedId: string
}

interface PlannedStep {
  id: string
  hook?: HookInfo
  /** Index of the pickle step. */
  step?: number
}

export function testCaseEnvelopes(
  outcome: ScenarioOutcome,
  context: TestCaseContext,
): { testCase: Envelope; run: Envelope[] } {
  const { newId } = context
  const latest = outcome.result
  const tags = outcome.pickle.tags.map((t) => t.name)
  const hooks = applicableHooks(context.support.hooks, tags)
  const planned: PlannedStep[] = [
    ...hooks.filter((h) => h.kind === 'Before').map((hook) => ({ id: newId(), hook })),
    ...outcome.pickle.steps.map((_, step) => ({ id: newId(), step })),
    ...hooks.filter((h) => h.kind === 'After').map((hook) => ({ id: newId(), hook })),
  ]
  const testCaseId = newId()
  const testSteps: TestStep[] = planned.map((p) => {
    if (p.hook) return { id: p.id, hookId: context.ids.hooks.get(p.hook.id)! }
    const matches = latest?.steps[p.step!]?.matches ?? []
    return {
      id: p.id,
      pickleStepId: outcome.pickle.steps[p.step!]!.id,
      stepDefinitionIds: matches.flatMap((m) => context.ids.steps.get(m.definition.id ?? '') ?? []),
      stepMatchArgumentsLists: matches.map((m) => ({ stepMatchArguments: m.arguments })),
    }
  })
  const testCase: Envelope = {
    testCase: { id: testCaseId, pickleId: outcome.pickle.id, testSteps, testRunStartedId: context.testRunStartedId },
  }
  const attempts = latest ? [...(latest.attempts ?? []), latest] : [undefined]
  const run = attempts.flatMap((attempt, index) =>
    attemptEnvelopes(outcome, context, planned, testCaseId, attempt, index, index < attempts.length - 1),
  )
  return { testCase, run }
}

const tagExpressions = new Map<string, ReturnType<typeof parseTagExpression>>()

function applicableHooks(hooks: readonly HookInfo[], tags: string[]): HookInfo[] {
  const applies = (hook: HookInfo) => {
    if (!hook.tags) return true
    let expression = tagExpressions.get(hook.tags)
    if (!expression) {
      expression = parseTagExpression(hook.tags)
      tagExpressions.set(hook.tags, expression)
    }
    return expression.evaluate(tags)
  }
  const before = hooks.filter((h) => h.kind === 'Before' && applies(h))
  // After hooks run in reverse order of definition.
  const after = hooks.filter((h) => h.kind === 'After' && applies(h)).reverse()
  return [...before, ...after]
}

function attemptEnvelopes(
  outcome: ScenarioOutcome,
  context: TestCaseContext,
  planned: PlannedStep[],
  testCaseId: string,
  attempt: ScenarioResult | undefined,
  index: number,
  willBeRetried: boolean,
): Envelope[] {
  const testCaseStartedId = context.newId()
  let clock = attempt?.startedAt ?? outcome.startedAt
  const timestamp = () => TimeConversion.millisecondsSinceEpochToTimestamp(clock)
  const envelopes: Envelope[] = [
    { testCaseStarted: { id: testCaseStartedId, testCaseId, attempt: index, timestamp: timestamp() } },
  ]
  const stepIdOf = testStepLocator(planned, attempt)
  const loose = attempt?.attachments.filter((a) => stepIdOf(a) === undefined) ?? []
  for (const attachment of loose) envelopes.push(attachmentEnvelope(attachment, testCaseStartedId, undefined))
  const results = plannedOutcomes(outcome, planned, attempt, !willBeRetried)
  planned.forEach((p, i) => {
    const result = results[i]!
    envelopes.push({ testStepStarted: { testCaseStartedId, testStepId: p.id, timestamp: timestamp() } })
    for (const attachment of attempt?.attachments ?? []) {
      if (stepIdOf(attachment) === p.id) envelopes.push(attachmentEnvelope(attachment, testCaseStartedId, p.id))
    }
    if (result.status === 'undefined' && p.step !== undefined) {
      const step = outcome.pickle.steps[p.step]!
      const code = snippets(step, context.support.parameterTypes)
      envelopes.push({
        suggestion: {
          id: context.newId(),
          pickleStepId: step.id,
          snippets: code.map((c) => ({ language: 'typescript', code: c })),
        },
      })
    }
    clock += result.duration
    envelopes.push({
      testStepFinished: {
        testCaseStartedId,
        testStepId: p.id,
        testStepResult: stepResult(result),
        timestamp: timestamp(),
      },
    })
  })
  envelopes.push({ testCaseFinished: { testCaseStartedId, timestamp: timestamp(), willBeRetried } })
  return envelopes
}

/** Which planned test step an attachment belongs to: its step, or the hook that was running. */
function testStepLocator(planned: PlannedStep[], attempt: ScenarioResult | undefined) {
  return (attachment: { step?: number; hook?: number }): string | undefined => {
    const hook = attachment.hook === undefined ? undefined : attempt?.hooks[attachment.hook]
    if (hook && hook.step === undefined) return planned.find((p) => p.hook?.id === hook.id)?.id
    const step = hook?.step ?? attachment.step
    return step === undefined ? undefined : planned.find((p) => p.step === step)?.id
  }
}

function plannedOutcomes(
  outcome: ScenarioOutcome,
  planned: PlannedStep[],
  attempt: ScenarioResult | undefined,
  last: boolean,
): StepOutcome[] {
  const steps = stepOutcomes(outcome, attempt, last)
  return planned.map((p): StepOutcome => {
    if (p.step !== undefined) return steps[p.step]!
    const hook = attempt?.hooks.find((h) => h.id === p.hook!.id && h.step === undefined)
    return hook ?? { status: 'skipped', duration: 0 }
  })
}

function stepResult(outcome: StepOutcome): TestStepResult {
  const result: TestStepResult = {
    status: outcome.status.toUpperCase() as TestStepResultStatus,
    duration: TimeConversion.millisecondsToDuration(outcome.duration),
  }
  if (outcome.status === 'failed' && outcome.error) {
    result.message = outcome.error.stack ?? outcome.error.message
    result.exception = {
      type: outcome.error.name ?? 'Error',
      message: outcome.error.message,
      ...(outcome.error.stack ? { stackTrace: outcome.error.stack } : {}),
    }
  }
  return result
}

function attachmentEnvelope(
  attachment: ScenarioResult['attachments'][number],
  testCaseStartedId: string,
  testStepId: string | undefined,
): Envelope {
  return {
    attachment: {
      testCaseStartedId,
      ...(testStepId ? { testStepId } : {}),
      body: attachment.body,
      contentEncoding: attachment.encoding as never,
      mediaType: attachment.mediaType,
      ...(attachment.fileName ? { fileName: attachment.fileName } : {}),
      ...(attachment.timestamp
        ? { timestamp: TimeConversion.millisecondsSinceEpochToTimestamp(attachment.timestamp) }
        : {}),
    },
  }
}
