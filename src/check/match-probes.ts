// Matches each distinct step against the registered definitions through the runtime's own
// findStep, so a dry run and a real run can never disagree; step functions are never called.
// A step text that a scoped definition may match is matched once per scenario using it.
import { findStep, type StepQuery } from '../runtime/find-step.js'
import type { ScenarioPlace } from '../runtime/step-scope.js'
import { snippet } from '../runtime/snippet.js'
import type { StepDefinition } from '../runtime/step-definition.js'
import type { SupportRegistry } from '../runtime/support-registry.js'
import { absentWorld, guardTransformers, reportArguments } from './argument-probe.js'
import type { DefinitionInfo, DryRunOutput, ProbeResult, StepProbe } from './probe-types.js'
import { relative, resolve } from 'node:path'
import type { Dialect } from '../types/feature-data.js'

export async function matchProbes(
  registry: SupportRegistry,
  probes: StepProbe[],
  root: string,
  dialect: Dialect = 'gherkin',
  places: readonly ScenarioPlace[] = [],
): Promise<DryRunOutput> {
  guardTransformers(registry.parameterTypes)
  const all = registry.allSteps()
  const index = new Map<StepDefinition, number>(all.map((definition, i) => [definition, i]))
  const results: ProbeResult[] = []
  for (const probe of probes) {
    const scoped = probe.places?.length && registry.stepCandidates(probe.text).some((d) => d.options.scope)
    if (!scoped) {
      results.push(await matchProbe(registry, probe, index, dialect))
      continue
    }
    const byPlace: ProbeResult[] = []
    for (const place of probe.places!) byPlace.push(await matchProbe(registry, probe, index, dialect, places[place]))
    results.push({ ...byPlace[0]!, byPlace })
  }
  return { definitions: all.map((definition) => describe(definition, root)), results }
}

async function matchProbe(
  registry: SupportRegistry,
  probe: StepProbe,
  index: Map<StepDefinition, number>,
  dialect: Dialect,
  scenario?: ScenarioPlace,
): Promise<ProbeResult> {
  try {
    const query: StepQuery = { text: probe.text, type: probe.type, ...(scenario ? { scenario } : {}) }
    if (dialect === 'behave') query.dialect = dialect
    const match = findStep(registry, query, absentWorld)
    if (match.status === 'matched') {
      return {
        status: 'matched',
        definition: index.get(match.definition)!,
        arguments: await reportArguments(match.args),
      }
    }
    if (match.status === 'ambiguous') {
      return { status: 'ambiguous', definitions: match.definitions.map((d) => index.get(d)!) }
    }
    const step = { keyword: '', type: probe.type, text: probe.text, line: 0, ...stepArgument(probe) }
    const elsewhere = match.elsewhere?.map((d) => index.get(d)!)
    return { status: 'undefined', snippet: snippet(step, registry.parameterTypes), ...(elsewhere ? { elsewhere } : {}) }
  } catch (error) {
    // A definition that cannot compile (e.g. an unknown parameter type) breaks every real run too.
    return { status: 'error', message: error instanceof Error ? error.message : String(error) }
  }
}

function stepArgument(probe: StepProbe) {
  if (probe.argument === 'dataTable') return { dataTable: [] }
  if (probe.argument === 'docString') return { docString: { content: '', delimiter: '"""' } }
  return {}
}

function describe(definition: StepDefinition, root: string): DefinitionInfo {
  const { uri, line } = definition.site
  const scope = definition.scopeText
  return {
    pattern: definition.patternSource,
    // The call site is relative to the worker's working directory; reports speak of the root.
    uri: uri === 'unknown' ? uri : relative(root, resolve(uri)).split('\\').join('/'),
    line,
    origin: definition.options.origin ?? null,
    ...(scope === undefined ? {} : { scope }),
  }
}
