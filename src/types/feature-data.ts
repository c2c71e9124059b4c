// The plain data a compiled .feature module carries: everything the worker needs to run its
// scenarios, so workers never load the Gherkin parser. Written by src/compile, read by the runtime.

export type StepType = 'Context' | 'Action' | 'Outcome' | 'Unknown'

/**
 * Which parser read the .feature file: Cucumber's Gherkin, or behave 1.2.6's (a migrated behave
 * suite: its step texts are behave's, and no tag changes how a scenario runs).
 */
export type Dialect = 'gherkin' | 'behave'

/**
 * The step keywords of a language as behave lists them, in the order it tries them; a keyword
 * ending in '<' needs no space after it. Steps given as text at run time are read with them.
 */
export interface StepKeywords {
  given: string[]
  when: string[]
  then: string[]
  and: string[]
  but: string[]
}

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
  /** Set when behave's parser read the file. */
  dialect?: 'behave'
  /** The step keywords of a non-English feature read by behave's parser, for `context.executeSteps`. */
  stepKeywords?: StepKeywords
  line: number
  tags: string[]
  /** Scenarios outside any Rule, then the Rules, in file order. */
  scenarios: ScenarioData[]
  rules: RuleData[]
}
