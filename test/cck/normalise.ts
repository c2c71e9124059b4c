// Compares Cucumber Messages the way the Compatibility Kit asks: ids, timestamps, durations, uris,
// lines and error text are left out; everything else must be equal, in order.
import type { Envelope } from '@cucumber/messages'

const ignoredKeys = new Set([
  // sources
  'uri',
  'line',
  'column',
  // ids
  'astNodeId',
  'astNodeIds',
  'hookId',
  'id',
  'pickleId',
  'pickleStepId',
  'stepDefinitionIds',
  'testRunStartedId',
  'testCaseId',
  'testCaseStartedId',
  'testStepId',
  // time
  'nanos',
  'seconds',
  // errors
  'message',
  'stackTrace',
])

export function parseNdjson(text: string): Envelope[] {
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Envelope)
}

/**
 * The envelope without the ignored keys. The meta envelope describes the machine, so only its
 * presence counts; a snippet's code is reduced to the Cucumber Expression it proposes, since
 * brine writes snippets in its own style (world first, single quotes).
 */
export function normalise(envelope: Envelope): unknown {
  if (envelope.meta) return { meta: {} }
  return strip(envelope, '')
}

function strip(value: unknown, key: string): unknown {
  if (Array.isArray(value)) return value.map((v) => strip(v, key))
  if (value && typeof value === 'object') {
    const result: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) {
      if (ignoredKeys.has(k)) continue
      result[k] = k === 'code' && typeof v === 'string' ? proposedExpression(v) : strip(v, k)
    }
    return result
  }
  return value
}

function proposedExpression(code: string): string {
  const match = /^\w+\((["'])((?:\\.|(?!\1).)*)\1/.exec(code)
  return match ? match[2]!.replace(/\\(.)/g, '$1') : code
}

/** Every id the stream refers to is defined in it, before it is referred to. */
export function danglingReferences(envelopes: readonly Envelope[]): string[] {
  const defined = new Set<string>()
  const problems: string[] = []
  const need = (kind: string, id: string | undefined) => {
    if (id !== undefined && !defined.has(id)) problems.push(`${kind} ${id}`)
  }
  for (const e of envelopes) {
    if (e.pickle) {
      for (const id of e.pickle.astNodeIds) need('astNode', id)
      defined.add(e.pickle.id)
      for (const step of e.pickle.steps) defined.add(step.id)
    }
    if (e.gherkinDocument)
      for (const id of JSON.stringify(e.gherkinDocument).matchAll(/"id":"([^"]+)"/g)) defined.add(id[1]!)
    if (e.stepDefinition) defined.add(e.stepDefinition.id)
    if (e.hook) defined.add(e.hook.id)
    if (e.testRunStarted?.id) defined.add(e.testRunStarted.id)
    if (e.testCase) {
      need('pickle', e.testCase.pickleId)
      need('testRunStarted', e.testCase.testRunStartedId)
      defined.add(e.testCase.id)
      for (const step of e.testCase.testSteps) {
        need('hook', step.hookId)
        need('pickleStep', step.pickleStepId)
        for (const id of step.stepDefinitionIds ?? []) need('stepDefinition', id)
        defined.add(step.id)
      }
    }
    if (e.testCaseStarted) {
      need('testCase', e.testCaseStarted.testCaseId)
      defined.add(e.testCaseStarted.id)
    }
    const execution = e.testStepStarted ?? e.testStepFinished ?? e.attachment
    if (execution) {
      need('testCaseStarted', execution.testCaseStartedId)
      need('testStep', execution.testStepId)
    }
    if (e.suggestion) need('pickleStep', e.suggestion.pickleStepId)
    if (e.testCaseFinished) need('testCaseStarted', e.testCaseFinished.testCaseStartedId)
  }
  return problems
}
