// The failures part of the summary, as cucumber-js prints it: each scenario that did not pass, with
// its step trail and, under the step or hook that failed, the error with the stack the worker kept.
import { stepTrail, type TrailEntry } from '../../runtime/step-trail.js'
import type { ErrorResult } from '../../types/scenario-result.js'
import type { RunModel, ScenarioOutcome } from '../model/collect-run.js'
import { isFailing } from './count-run.js'

/** The failures of `run`, paths under `root` made relative; empty when every scenario passed. */
export function formatFailures(run: RunModel, root: string): string {
  const failing = run.features.flatMap((feature) =>
    feature.scenarios.filter(isFailing).map((outcome) => ({ outcome, uri: feature.source.uri })),
  )
  if (!failing.length) return ''
  const relative = relativeTo(root)
  const blocks = failing.map(({ outcome, uri }, i) => {
    const details = (entry: TrailEntry) => {
      const error = errorOf(outcome, entry)
      return error ? relative(error.stack ?? error.message).split('\n') : []
    }
    const trail = stepTrail(outcome.scenario, outcome.result, uri, { details })
    // A failure no step or hook shows (a BeforeAll hook, an error escaping the scenario): Vitest's.
    const records = [...(outcome.result?.steps ?? []), ...(outcome.result?.hooks ?? [])]
    const shown = records.some((r) => r.status !== 'passed' && r.status !== 'skipped')
    const rest = !shown && outcome.error ? relative(outcome.error.stack ?? outcome.error.message) : ''
    return `${i + 1}) ${trail}${rest ? `\n${indent(rest, '      ')}` : ''}`
  })
  return `Failures:\n\n${blocks.join('\n\n')}\n\n`
}

/** The error shown under a trail entry; an undefined step's is its snippet, listed at the end. */
function errorOf(outcome: ScenarioOutcome, entry: TrailEntry): ErrorResult | undefined {
  const result = outcome.result
  const record = 'step' in entry ? result?.steps[entry.step] : result?.hooks[entry.hook]
  if (!record || record.status === 'undefined' || record.status === 'skipped') return undefined
  return record.error
}

function relativeTo(root: string): (text: string) => string {
  const prefix = root.endsWith('/') ? root : `${root}/`
  return (text) => text.split(`file://${prefix}`).join('').split(prefix).join('')
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => by + line)
    .join('\n')
}
