// What the migration needs to know of a .feature file: its scenarios and Backgrounds (by Rule and
// name, as vitest-cucumber finds them), each Gherkin step's text and argument, and every pickle
// with where it is (for scopes) and which Gherkin steps it runs.
import type { Pickle, Scenario, Step } from '@cucumber/messages'
import { parseFeature } from '../../compile/parse-feature.js'
import type { ScenarioPlace } from '../../runtime/step-scope.js'

export interface GherkinStep {
  /** The step's text as written: an outline's keeps its `<placeholders>`. */
  text: string
  argument?: 'table' | 'doc'
  /** The scenario or Background it belongs to: `scenarioKey(rule, name)`; Backgrounds are named `Background`. */
  owner: string
}

export interface ScenarioEntry {
  rule: string
  name: string
  line: number
  outline: boolean
  /** Examples column → its values, for outlines. */
  examples?: Record<string, string[]>
}

export interface PickleEntry {
  place: ScenarioPlace
  scenario: ScenarioEntry
  /** The Gherkin step (by AST id) of each pickle step, and the pickle step's text. */
  steps: { id: string; text: string }[]
}

export interface FeatureIndex {
  uri: string
  steps: Map<string, GherkinStep>
  pickles: PickleEntry[]
  /** How many scenarios of the feature have each name: a scope names a scenario only when it is unique. */
  names: Map<string, number>
}

export const scenarioKey = (rule: string, name: string) => `${rule}\u0000${name}`

export function indexFeature(source: string, uri: string, language = 'en'): FeatureIndex {
  const { document, pickles } = parseFeature(source, uri, language)
  const steps = new Map<string, GherkinStep>()
  const scenarios = new Map<string, ScenarioEntry>()
  const names = new Map<string, number>()
  const addSteps = (owner: string, list: readonly Step[]) => {
    for (const step of list) {
      const argument = step.dataTable ? 'table' : step.docString ? 'doc' : undefined
      steps.set(step.id, { text: step.text, owner, ...(argument ? { argument } : {}) })
    }
  }
  const visit = (
    rule: string,
    children: readonly { background?: { steps: readonly Step[] }; scenario?: Scenario }[],
  ) => {
    for (const child of children) {
      if (child.background) addSteps(scenarioKey(rule, 'Background'), child.background.steps)
      const scenario = child.scenario
      if (!scenario) continue
      addSteps(scenarioKey(rule, scenario.name), scenario.steps)
      names.set(scenario.name, (names.get(scenario.name) ?? 0) + 1)
      const entry: ScenarioEntry = {
        rule,
        name: scenario.name,
        line: scenario.location.line,
        outline: scenario.examples.length > 0,
      }
      if (entry.outline) entry.examples = columns(scenario)
      scenarios.set(scenario.id, entry)
    }
  }
  visit('', document.feature?.children ?? [])
  for (const child of document.feature?.children ?? []) {
    if (child.rule) visit(child.rule.name, child.rule.children)
  }
  return { uri, steps, pickles: pickles.map((pickle) => pickleEntry(pickle, uri, scenarios)), names }
}

function pickleEntry(pickle: Pickle, uri: string, scenarios: Map<string, ScenarioEntry>): PickleEntry {
  const scenario = scenarios.get(pickle.astNodeIds[0]!)!
  // An outline row's pickle names its row as its second AST node; its line is the row's.
  const line = pickle.location?.line ?? scenario.line
  return {
    place: { uri, name: pickle.name, line, scenarioLine: scenario.line, tags: pickle.tags.map((t) => t.name) },
    scenario,
    steps: pickle.steps.map((step) => ({ id: step.astNodeIds[0]!, text: step.text })),
  }
}

function columns(outline: Scenario): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const examples of outline.examples) {
    const names = examples.tableHeader?.cells.map((c) => c.value) ?? []
    for (const row of examples.tableBody) {
      row.cells.forEach((cell, i) => (result[names[i]!] ??= []).push(cell.value))
    }
  }
  return result
}
