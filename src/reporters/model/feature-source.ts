// Reads and parses a .feature file for reports: the Gherkin document and pickles with ids from
// one generator shared by the whole report, plus the FeatureData titles the worker gave its tests.
import { readFileSync } from 'node:fs'
import type { GherkinDocument, IdGenerator, Pickle } from '@cucumber/messages'
import { buildFeatureData } from '../../compile/build-feature-data.js'
import { parseFeature, type ParsedFeature } from '../../compile/parse-feature.js'
import type { Dialect, FeatureData, ScenarioData } from '../../types/feature-data.js'

export interface FeatureSource {
  uri: string
  data: string
  document: GherkinDocument
  pickles: readonly Pickle[]
  feature: FeatureData | undefined
}

export function readFeatureSource(
  path: string,
  uri: string,
  language: string,
  newId: IdGenerator.NewId,
  dialect: Dialect = 'gherkin',
): FeatureSource | undefined {
  let data: string
  try {
    data = readFileSync(path, 'utf8')
  } catch {
    return undefined
  }
  let parsed: ParsedFeature
  try {
    parsed = parseFeature(data, uri, language, newId, dialect)
  } catch {
    // The plugin already reported the parse error; the file has no scenarios to report.
    return undefined
  }
  return { uri, data, ...parsed, feature: buildFeatureData(parsed, dialect) }
}

/** Every scenario of the feature with the path of suite names Vitest shows above its test. */
export function scenariosBySuitePath(feature: FeatureData): Map<string, ScenarioData> {
  const byPath = new Map<string, ScenarioData>()
  for (const scenario of feature.scenarios) byPath.set(scenario.title, scenario)
  for (const rule of feature.rules) {
    const suite = rule.name || `${rule.keyword} (line ${rule.line})`
    for (const scenario of rule.scenarios) byPath.set(`${suite}\u0000${scenario.title}`, scenario)
  }
  return byPath
}
