// What a worker knows besides results: its step definitions, hooks and parameter types, as plain
// data in the feature meta. Reporters need it for Cucumber Messages and to find unused steps.

export interface StepDefinitionInfo {
  id: string
  pattern: string
  /** CUCUMBER_EXPRESSION, REGULAR_EXPRESSION, or a custom matcher's kind. */
  patternType: string
  uri: string
  line: number
  column: number
  origin: string | null
  /** Where a scoped definition applies, as text. */
  scope?: string
}

export interface HookInfo {
  id: string
  kind: string
  name?: string
  tags?: string
  uri: string
  line: number
}

export interface ParameterTypeInfo {
  name: string
  uri?: string
  line?: number
  regexps: string[]
  useForSnippets: boolean
  preferForRegexpMatch: boolean
}

export interface SupportInfo {
  steps: StepDefinitionInfo[]
  hooks: HookInfo[]
  parameterTypes: ParameterTypeInfo[]
  /** Definitions left out because their expression names a parameter type nobody defined. */
  undefinedParameterTypes: { name: string; expression: string }[]
}

/** What a feature's suite carries in its task meta (`meta.brineFeature`). */
export interface FeatureMeta {
  uri: string
  language: string
  /** Set when behave's parser read the feature: reports read it the same way. */
  dialect?: 'behave'
  /** Written by the first feature a worker runs, and again whenever definitions were added. */
  support?: SupportInfo
}
