// What a vitest-cucumber spec file says, read from its syntax tree: the features it describes,
// every step callback with the scenario it belongs to, hooks, and the variables steps share.
import type ts from 'typescript'

export type Keyword = 'Given' | 'When' | 'Then'

export interface ScenarioRef {
  rule: string
  /** Scenario name, or `Background`; empty for steps from defineSteps. */
  name: string
  kind: 'scenario' | 'outline' | 'background' | 'shared'
  /** Scenario.skip / .only: brine selects scenarios by tags in the .feature file instead. */
  modifier?: 'skip' | 'only'
}

export interface SpecStep {
  keyword: Keyword
  text: string
  fn: ts.Expression
  line: number
  scenario: ScenarioRef
  /** The outline callback's second parameter (the Examples row), if any. */
  variables?: ts.Symbol
}

export interface SpecHook {
  kind: 'Before' | 'After' | 'BeforeFeature' | 'AfterFeature'
  fn: ts.Expression
  line: number
}

export interface WorldVar {
  name: string
  /** A `let`/`const`/`var`, or a helper function declared in the callback. */
  declaration: ts.VariableDeclaration | ts.FunctionDeclaration
  level: 'feature' | 'rule' | 'scenario'
}

export interface FeatureBlock {
  /** Absolute path of the loaded .feature file, when it could be read statically. */
  featurePath?: string
  /** loadFeature's language option. */
  language?: string
  /** The describeFeature statement, kept as a comment when its feature cannot be read. */
  node: ts.Statement
  line: number
  steps: SpecStep[]
  hooks: SpecHook[]
}

export interface SpecModel {
  path: string
  sourceFile: ts.SourceFile
  imports: ts.ImportDeclaration[]
  /** Top-level statements steps may use (helpers, constants): copied as they are. */
  kept: ts.Statement[]
  features: FeatureBlock[]
  /** Variables of feature, rule and scenario callbacks: they become World properties. */
  worldVars: Map<ts.Symbol, WorldVar>
  /** Declarations of shared variables that feature hooks use: they stay module variables. */
  moduleVars: (ts.VariableStatement | ts.FunctionDeclaration)[]
  /** vitest-cucumber's `context` objects: they become the World itself. */
  contexts: Set<ts.Symbol>
  /** Statements that could not be converted, kept as comments; each with its line. */
  unconverted: { node: ts.Node; todo: string }[]
}
