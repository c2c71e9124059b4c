// The plain data a compiled .feature module carries: everything the worker needs to run its
// scenarios, so workers never load the Gherkin parser. Written by src/compile, read by the runtime.

export type StepType = 'Context' | 'Action' | 'Outcome' | 'Unknown'

export interface DocStringData {
  content: string
  mediaType?: string
  delimiter: string
}

export interface StepData {
  keyword: string
  /** Context / Action / Outcome, with And/But resolved to the previous step's type. */
  type: StepType
  text: string
  line: number
  background?: true
  dataTable?: string[][]
  docString?: DocStringData
}

export interface ScenarioData {
  /** Title of the Vitest test: the pickle name, made unique within its parent. */
  title: string
  name: string
  keyword: string
  /** Scenario line, or the Examples row line for outline rows. */
  line: number
  /** Line of the Scenario / Scenario Outline itself. */
  scenarioLine: number
  /** Tags inherited from Feature, Rule, Scenario and Examples. */
  tags: string[]
  steps: StepData[]
  /** An outline row's Examples: its name, the row's line and number, and its values by column. */
  examples?: { name: string; line: number; row: number; values?: Record<string, string> }
}

export interface RuleData {
  name: string
  keyword: string
  line: number
  tags: string[]
  scenarios: ScenarioData[]
}

export interface FeatureData {
  /** Path relative to the project root, with forward slashes. */
  uri: string
  name: string
  keyword: string
  language: string
  line: number
  tags: string[]
  /** Scenarios outside any Rule, then the Rules, in file order. */
  scenarios: ScenarioData[]
  rules: RuleData[]
}
