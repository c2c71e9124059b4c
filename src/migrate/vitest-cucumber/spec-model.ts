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

export interface ContextVar {
  /** Its name in the callback's parameter (`{ context }` or `{ context: ctx }`). */
  name: ts.Identifier
  level: 'feature' | 'rule' | 'scenario'
}

export interface SpecHook {
  kind: 'Before' | 'After' | 'BeforeFeature' | 'AfterFeature'
  fn: ts.Expression
  line: number
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
  /**
   * Variables and helper functions of describeFeature, Rule and scenario callbacks, and what else a
   * scenario callback ran while collecting: they become module-level, in this order.
   */
  moduleVars: (ts.VariableStatement | ts.FunctionDeclaration | ts.ExpressionStatement)[]
  /** A scenario callback's variables: module-level too, set afresh when each scenario starts. */
  scenarioVars: ts.VariableStatement[]
  /** Names that would clash at module level, and their new names. */
  renames: Map<ts.Symbol, string>
  /** Scenario variables declared exactly like an earlier one: they share its declaration. */
  unified: Set<ts.VariableStatement>
  /** vitest-cucumber's `context` objects: plain objects, the feature's at module level, a scenario's set afresh. */
  contexts: ContextVar[]
  /** Statements that could not be converted, kept as comments; each with its line. */
  unconverted: { node: ts.Node; todo: string }[]
}
