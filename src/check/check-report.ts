// Joins the steps of the features with what the dry run found for their text: one entry per
// pickle step, the definitions nothing uses, and each definition's uses (for `brine steps`).
import type { StepData } from '../types/feature-data.js'
import type { ScenarioPlace } from '../runtime/step-scope.js'
import type { FeatureStep, UnparsedFeature } from './collect-steps.js'
import type { DefinitionInfo, DryRunOutput, ProbeResult, StepProbe } from './probe-types.js'

type CheckStatus = 'matched' | 'undefined' | 'ambiguous' | 'error'

export interface CheckedStep {
  uri: string
  line: number
  scenarioLine: number
  keyword: string
  text: string
  status: CheckStatus
  definition: DefinitionInfo | null
  arguments: unknown[]
  /** Undefined steps: code to paste into a step file. */
  snippet?: string
  /** Ambiguous steps: every definition that matches. */
  candidates?: DefinitionInfo[]
  /** Undefined steps: scoped definitions that match the text in other places. */
  elsewhere?: DefinitionInfo[]
  /** A definition that cannot be compiled fails every step, in a real run too. */
  error?: string
}

export interface CheckReport {
  steps: CheckedStep[]
  unused: { pattern: string; uri: string; line: number }[]
  /** Feature files the Gherkin parser rejects; the others are checked all the same. */
  unparsed: UnparsedFeature[]
}

export interface DefinitionUsage {
  definition: DefinitionInfo
  /** The steps it matches, alone or (ambiguous) with others. */
  uses: CheckedStep[]
}

/** Which probe each feature step uses, and which of that probe's places is its scenario. */
export interface ProbeLinks {
  probeOf: number[]
  slotOf: number[]
}

/**
 * The distinct steps to match, every scenario (place), and for each feature step its probe. Each
 * probe lists the scenarios using it, for the scoped definitions the dry run may find.
 */
export function probesOf(steps: readonly FeatureStep[]): { probes: StepProbe[]; places: ScenarioPlace[] } & ProbeLinks {
  const byKey = new Map<string, number>()
  const probes: StepProbe[] = []
  const places: ScenarioPlace[] = []
  const placeIndex = new Map<string, number>()
  const slotOf: number[] = []
  const probeOf = steps.map((featureStep) => {
    const { step } = featureStep
    const probe = toProbe(step)
    const key = `${probe.type}\0${probe.argument ?? ''}\0${probe.text}`
    let index = byKey.get(key)
    if (index === undefined) {
      index = probes.push({ ...probe, places: [] }) - 1
      byKey.set(key, index)
    }
    const placeKey = `${featureStep.uri}:${featureStep.pickleLine}`
    let place = placeIndex.get(placeKey)
    if (place === undefined) {
      place =
        places.push({
          uri: featureStep.uri,
          name: featureStep.scenario,
          line: featureStep.pickleLine,
          scenarioLine: featureStep.scenarioLine,
          tags: featureStep.tags,
        }) - 1
      placeIndex.set(placeKey, place)
    }
    const used = probes[index]!.places!
    // A Background step and a repeated step share their scenario's slot.
    if (used.at(-1) !== place) used.push(place)
    slotOf.push(used.length - 1)
    return index
  })
  return { probes, places, probeOf, slotOf }
}

export function buildReport(
  steps: readonly FeatureStep[],
  links: ProbeLinks,
  found: DryRunOutput,
  unparsed: UnparsedFeature[],
): { report: CheckReport; usage: DefinitionUsage[] } {
  const usage: DefinitionUsage[] = found.definitions.map((definition) => ({ definition, uses: [] }))
  const checked = steps.map((featureStep, i): CheckedStep => {
    const { step } = featureStep
    const entry = (status: CheckStatus, extra: Partial<CheckedStep> = {}): CheckedStep => ({
      uri: featureStep.uri,
      line: step.line,
      scenarioLine: featureStep.scenarioLine,
      keyword: step.keyword,
      text: step.text,
      status,
      definition: null,
      arguments: [],
      ...extra,
    })
    const probed: ProbeResult = found.results[links.probeOf[i]!]!
    const result = probed.byPlace?.[links.slotOf[i]!] ?? probed
    switch (result.status) {
      case 'matched': {
        const definition = found.definitions[result.definition]!
        const matched = entry('matched', { definition, arguments: result.arguments })
        usage[result.definition]!.uses.push(matched)
        return matched
      }
      case 'ambiguous': {
        const ambiguous = entry('ambiguous', { candidates: result.definitions.map((d) => found.definitions[d]!) })
        // Each candidate is in use: removing one changes what the step matches.
        for (const d of result.definitions) usage[d]!.uses.push(ambiguous)
        return ambiguous
      }
      case 'undefined': {
        const elsewhere = result.elsewhere?.map((d) => found.definitions[d]!)
        return entry('undefined', { snippet: result.snippet, ...(elsewhere ? { elsewhere } : {}) })
      }
      case 'error':
        return entry('error', { error: result.message })
    }
  })
  const unused = usage
    .filter((u) => u.uses.length === 0)
    .map(({ definition: { pattern, uri, line } }) => ({ pattern, uri, line }))
  return { report: { steps: checked, unused, unparsed }, usage }
}

/** Every feature parses and every step has exactly one definition. */
export function allMatched(report: CheckReport): boolean {
  return report.unparsed.length === 0 && report.steps.every((step) => step.status === 'matched')
}

function toProbe(step: StepData): StepProbe {
  const probe: StepProbe = { text: step.text, type: step.type }
  if (step.dataTable) probe.argument = 'dataTable'
  else if (step.docString) probe.argument = 'docString'
  return probe
}
