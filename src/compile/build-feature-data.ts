// Turns a parsed Gherkin document and its pickles into the plain FeatureData a worker runs:
// one ScenarioData per pickle, grouped under the Feature and its Rules, with source lines.
import type { GherkinDocument, Pickle, Scenario, Step, Tag } from '@cucumber/messages'
import type {
  Dialect,
  FeatureData,
  RuleData,
  ScenarioData,
  StepData,
  StepKeywords,
  StepType,
} from '../types/feature-data.js'
import type { ParsedFeature } from './parse-feature.js'
import { BEHAVE_KEYWORDS } from './behave/behave-keywords.js'

interface NodeInfo {
  line: number
  step?: Step
  background?: boolean
  scenario?: Scenario
  examples?: { name: string; line: number; row: number; values: Record<string, string> }
}

export function buildFeatureData(
  { document, pickles }: ParsedFeature,
  dialect: Dialect = 'gherkin',
): FeatureData | undefined {
  const feature = document.feature
  if (!feature) return undefined
  const nodes = indexNodes(document)
  const data: FeatureData = {
    uri: document.uri ?? '',
    name: feature.name,
    keyword: feature.keyword,
    language: feature.language,
    ...(dialect === 'behave' ? { dialect } : {}),
    ...(dialect === 'behave' && feature.language !== 'en' ? { stepKeywords: stepKeywords(feature.language) } : {}),
    line: feature.location.line,
    tags: tagNames(feature.tags),
    scenarios: [],
    rules: [],
  }
  const ruleOf = new Map<string, RuleData>()
  for (const child of feature.children) {
    if (!child.rule) continue
    const rule: RuleData = {
      name: child.rule.name,
      keyword: child.rule.keyword,
      line: child.rule.location.line,
      tags: tagNames(child.rule.tags),
      scenarios: [],
    }
    data.rules.push(rule)
    for (const ruleChild of child.rule.children) {
      if (ruleChild.scenario) ruleOf.set(ruleChild.scenario.id, rule)
    }
  }
  for (const pickle of pickles) {
    const scenarioNode = nodes.get(pickle.astNodeIds[0]!)!
    const parent = ruleOf.get(scenarioNode.scenario!.id)
    ;(parent ? parent.scenarios : data.scenarios).push(toScenario(pickle, nodes))
  }
  makeTitlesUnique(data.scenarios)
  for (const rule of data.rules) makeTitlesUnique(rule.scenarios)
  return data
}

function toScenario(pickle: Pickle, nodes: Map<string, NodeInfo>): ScenarioData {
  const scenario = nodes.get(pickle.astNodeIds[0]!)!.scenario!
  const row = pickle.astNodeIds[1] ? nodes.get(pickle.astNodeIds[1]) : undefined
  const steps = pickle.steps.map((pickleStep): StepData => {
    const node = nodes.get(pickleStep.astNodeIds[0]!)!
    const step = node.step!
    const data: StepData = {
      keyword: step.keyword,
      type: (pickleStep.type ?? 'Unknown') as StepType,
      text: pickleStep.text,
      line: step.location.line,
    }
    if (node.background) data.background = true
    const arg = pickleStep.argument
    if (arg?.dataTable) data.dataTable = arg.dataTable.rows.map((r) => r.cells.map((c) => c.value))
    if (arg?.docString) {
      data.docString = { content: arg.docString.content, delimiter: step.docString!.delimiter }
      if (arg.docString.mediaType) data.docString.mediaType = arg.docString.mediaType
    }
    return data
  })
  const data: ScenarioData = {
    title: pickle.name,
    name: pickle.name,
    keyword: scenario.keyword,
    line: row?.line ?? scenario.location.line,
    scenarioLine: scenario.location.line,
    tags: pickle.tags.map((t) => t.name),
    steps,
  }
  if (row?.examples) data.examples = row.examples
  return data
}

/** Vitest needs distinct titles to address tests; outline rows that share a name get their row. */
function makeTitlesUnique(scenarios: ScenarioData[]): void {
  const counts = new Map<string, number>()
  for (const s of scenarios) counts.set(s.name, (counts.get(s.name) ?? 0) + 1)
  const used = new Set<string>()
  for (const s of scenarios) {
    if (counts.get(s.name)! > 1) {
      s.title = s.examples
        ? `${s.name} (${s.examples.name || 'example'} #${s.examples.row})`
        : `${s.name} (line ${s.line})`
    }
    // Two Examples blocks with the same name can still collide; the line always differs.
    if (used.has(s.title)) s.title = `${s.name} (line ${s.line})`
    used.add(s.title)
  }
}

function indexNodes(document: GherkinDocument): Map<string, NodeInfo> {
  const nodes = new Map<string, NodeInfo>()
  const addSteps = (steps: readonly Step[], background: boolean) => {
    for (const step of steps) nodes.set(step.id, { line: step.location.line, step, background })
  }
  const addScenario = (scenario: Scenario) => {
    nodes.set(scenario.id, { line: scenario.location.line, scenario })
    addSteps(scenario.steps, false)
    for (const examples of scenario.examples) {
      const columns = examples.tableHeader?.cells.map((cell) => cell.value) ?? []
      examples.tableBody.forEach((row, i) => {
        const values = Object.fromEntries(row.cells.map((cell, c) => [columns[c] ?? String(c), cell.value]))
        const info = { name: examples.name, line: row.location.line, row: i + 1, values }
        nodes.set(row.id, { line: row.location.line, examples: info })
      })
    }
  }
  for (const child of document.feature?.children ?? []) {
    if (child.background) addSteps(child.background.steps, true)
    if (child.scenario) addScenario(child.scenario)
    for (const ruleChild of child.rule?.children ?? []) {
      if (ruleChild.background) addSteps(ruleChild.background.steps, true)
      if (ruleChild.scenario) addScenario(ruleChild.scenario)
    }
  }
  return nodes
}

function tagNames(tags: readonly Tag[]): string[] {
  return tags.map((t) => t.name)
}

/** behave's step keywords for a language: steps run from text (executeSteps) are read with them. */
function stepKeywords(language: string): StepKeywords {
  const { given, when, then, and, but } = BEHAVE_KEYWORDS[language]!
  return { given: [...given], when: [...when], then: [...then], and: [...and], but: [...but] }
}
