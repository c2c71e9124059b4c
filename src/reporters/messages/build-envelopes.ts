// The one Cucumber Messages stream a run produces; the messages, JSON and HTML reports are all
// written from it. Order follows Cucumber: meta, sources with their documents and pickles,
// definitions, test cases, then each attempt's execution, then the run's end.
import { arch, platform, release } from 'node:os'
import { TimeConversion, version as protocolVersion, type Envelope } from '@cucumber/messages'
import { version } from '../../version.js'
import { gherkinMediaType } from '../../compile/feature-file.js'
import type { RunModel, ScenarioOutcome } from '../model/collect-run.js'
import { supportEnvelopes } from './support-envelopes.js'
import { testCaseEnvelopes } from './test-case-envelopes.js'

export function buildEnvelopes(run: RunModel): Envelope[] {
  const { newId } = run
  const envelopes: Envelope[] = [metaEnvelope()]
  for (const { source, scenarios } of run.features) {
    envelopes.push({
      source: { uri: source.uri, data: source.data, mediaType: gherkinMediaType(source.uri) as never },
    })
    envelopes.push({ gherkinDocument: source.document })
    for (const scenario of scenarios) envelopes.push({ pickle: scenario.pickle })
  }
  const support = supportEnvelopes(run.support, newId)
  envelopes.push(...support.envelopes)
  const testRunStartedId = newId()
  envelopes.push({
    testRunStarted: {
      id: testRunStartedId,
      timestamp: TimeConversion.millisecondsSinceEpochToTimestamp(run.startedAt),
    },
  })
  const context = { support: run.support, ids: support.ids, newId, testRunStartedId }
  const outcomes = run.features.flatMap((f) => f.scenarios)
  const cases = outcomes.map((outcome) => testCaseEnvelopes(outcome, context))
  for (const { testCase } of cases) envelopes.push(testCase)
  for (const { run: execution } of cases) envelopes.push(...execution)
  envelopes.push({
    testRunFinished: {
      testRunStartedId,
      timestamp: TimeConversion.millisecondsSinceEpochToTimestamp(run.finishedAt),
      success: outcomes.every(succeeded),
    },
  })
  return envelopes
}

/** Cucumber counts undefined, ambiguous and pending scenarios as failures of the run. */
function succeeded(outcome: ScenarioOutcome): boolean {
  if (outcome.state === 'failed') return false
  const status = outcome.result?.status
  return status !== 'failed' && status !== 'undefined' && status !== 'ambiguous' && status !== 'pending'
}

function metaEnvelope(): Envelope {
  return {
    meta: {
      protocolVersion,
      implementation: { name: 'brine', version },
      runtime: { name: 'node.js', version: process.versions.node },
      os: { name: platform(), version: release() },
      cpu: { name: arch() },
    },
  }
}
