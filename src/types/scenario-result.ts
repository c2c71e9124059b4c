// What a scenario run records in its Vitest task meta (`task.meta.brine`). Reporters read only
// this, so it must survive serialisation between worker and main process (plain JSON).

export interface Attachment {
  body: string
  mediaType: string
  /** 'BASE64' for binary data, 'IDENTITY' for text. */
  encoding: 'BASE64' | 'IDENTITY'
  fileName?: string
}

export type StepStatus = 'passed' | 'failed' | 'skipped' | 'undefined' | 'ambiguous' | 'pending'

export interface ErrorResult {
  message: string
  stack?: string
  /** The error's class name, e.g. `AssertionError`. */
  name?: string
}

export interface DefinitionRef {
  pattern: string
  uri: string
  line: number
  origin: string | null
  /** The definition's id in the feature meta's support info. */
  id?: string
  /** Where a scoped definition applies, as text (`feature features/a.feature, scenario "Pay"`). */
  scope?: string
}

/** A matched group as Cucumber Messages report it; unmatched optional groups have no start. */
export interface GroupResult {
  start?: number
  value?: string
  children?: GroupResult[]
}

export interface MatchArgumentResult {
  group: GroupResult
  parameterTypeName?: string
}

/** One definition a step matched, with where its arguments were found in the step text. */
export interface StepMatchResult {
  definition: DefinitionRef
  arguments: MatchArgumentResult[]
}

export interface StepResult {
  keyword: string
  text: string
  line: number
  background: boolean
  status: StepStatus
  /** Milliseconds. */
  duration: number
  error?: ErrorResult
  definition?: DefinitionRef
  arguments?: unknown[]
  snippet?: string
  /** Every definition the step matched: one when matched, several when ambiguous. */
  matches?: StepMatchResult[]
}

export interface HookResult {
  kind: string
  name?: string
  uri: string
  line: number
  status: StepStatus
  duration: number
  error?: ErrorResult
  /** Index of the step a BeforeStep/AfterStep hook ran around. */
  step?: number
  /** The hook's id in the feature meta's support info. */
  id?: string
}

export interface AttachmentResult extends Attachment {
  /** Index of the step that was running, if any. */
  step?: number
  /** Index in `hooks` of the hook that was running, if any. */
  hook?: number
  /** Epoch milliseconds. */
  timestamp?: number
}

export interface ScenarioResult {
  uri: string
  line: number
  name: string
  status: StepStatus
  steps: StepResult[]
  hooks: HookResult[]
  attachments: AttachmentResult[]
  /** Epoch milliseconds when the scenario started. */
  startedAt?: number
  /** 0 for the first run; scenarios tagged @retries:N run again after a failure. */
  attempt?: number
  /** Earlier failed attempts, oldest first, when the scenario was retried. */
  attempts?: ScenarioResult[]
}
