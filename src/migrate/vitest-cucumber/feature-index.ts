// What the migration needs to know from a .feature file: per scenario (by name, within its
// rule) the step arguments and the Examples columns, plus the pickles to check bindings with.
import type { Pickle, Scenario, Step } from '@cucumber/messages'
import { parseFeature } from '../../compile/parse-feature.js'

export interface ScenarioIndex {
  /** Step text → the argument it carries. */
  arguments: Map<string, 'table' | 'doc'>
  /** Examples column → its values, for outlines. */
  examples?: Record<string, string[]>
}

export interface FeatureIndex {
  uri: string
  /** Key: `rule name\u0000scenario name`; backgrounds are named `Background`. */
  scenarios: Map<string, ScenarioIndex>
  pickles: readonly Pickle[]
}

export const scenarioKey = (rule: string, name: string) => `${rule}\u0000${name}`

export function indexFeature(source: string, uri: string, language = 'en'): FeatureIndex {
  const { document, pickles } = parseFeature(source, uri, language)
  const scenarios = new Map<string, ScenarioIndex>()
  const addSteps = (rule: string, name: string, steps: readonly Step[], outline?: Scenario) => {
    const args = new Map<string, 'table' | 'doc'>()
    for (const step of steps) {
      if (step.dataTable) args.set(step.text, 'table')
      else if (step.docString) args.set(step.text, 'doc')
    }
    const index: ScenarioIndex = { arguments: args }
    if (outline && outline.examples.length) {
      const columns: Record<string, string[]> = {}
      for (const examples of outline.examples) {
        const names = examples.tableHeader?.cells.map((c) => c.value) ?? []
        for (const row of examples.tableBody) {
          row.cells.forEach((cell, i) => (columns[names[i]!] ??= []).push(cell.value))
        }
      }
      index.examples = columns
    }
    scenarios.set(scenarioKey(rule, name), index)
  }
  const visit = (
    rule: string,
    children: readonly { background?: { steps: readonly Step[] }; scenario?: Scenario }[],
  ) => {
    for (const child of children) {
      if (child.background) addSteps(rule, 'Background', child.background.steps)
      if (child.scenario) addSteps(rule, child.scenario.name, child.scenario.steps, child.scenario)
    }
  }
  visit('', document.feature?.children ?? [])
  for (const child of document.feature?.children ?? []) {
    if (child.rule) visit(child.rule.name, child.rule.children)
  }
  return { uri, scenarios, pickles }
}
