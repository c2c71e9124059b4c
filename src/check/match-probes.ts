// Matches each distinct step against the registered definitions through the runtime's own
// findStep, so a dry run and a real run can never disagree; step functions are never called.
import { findStep, type StepQuery } from '../runtime/find-step.js'
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
): Promise<DryRunOutput> {
  guardTransformers(registry.parameterTypes)
  const all = registry.allSteps()
  const index = new Map<StepDefinition, number>(all.map((definition, i) => [definition, i]))
  const results: ProbeResult[] = []
  for (const probe of probes) results.push(await matchProbe(registry, probe, index, dialect))
  return { definitions: all.map((definition) => describe(definition, root)), results }
}

async function matchProbe(
  registry: SupportRegistry,
  probe: StepProbe,
  index: Map<StepDefinition, number>,
  dialect: Dialect,
): Promise<ProbeResult> {
  try {
    const query: StepQuery = { text: probe.text, type: probe.type }
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
    return { status: 'undefined', snippet: snippet(step, registry.parameterTypes) }
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
  return {
    pattern: definition.patternSource,
    // The call site is relative to the worker's working directory; reports speak of the root.
    uri: uri === 'unknown' ? uri : relative(root, resolve(uri)).split('\\').join('/'),
    line,
    origin: definition.options.origin ?? null,
  }
}
