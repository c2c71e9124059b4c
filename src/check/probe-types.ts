// The plain data that crosses between `brine check` in the main process and the dry run in a
// Vitest worker: the distinct step texts to match going in, definitions and match results coming out.
import type { Dialect, StepType } from '../types/feature-data.js'
import type { ScenarioPlace } from '../runtime/step-scope.js'

/** One distinct step to match: steps with the same text, type and argument kind share a probe. */
export interface StepProbe {
  text: string
  type: StepType
  argument?: 'dataTable' | 'docString'
  /** The scenarios using it (indexes into DryRunInput.places): scoped definitions are matched per scenario. */
  places?: number[]
}

/** What the main process provides to the dry run. */
export interface DryRunInput {
  root: string
  stepFiles: string[]
  probes: StepProbe[]
  /** The parser that read the features (and so the probes' texts). */
  dialect: Dialect
  /** Every scenario (pickle) of the features. */
  places?: ScenarioPlace[]
}

export interface DefinitionInfo {
  pattern: string
  /** Relative to the project root, forward slashes. */
  uri: string
  line: number
  origin: string | null
  /** Where a scoped definition applies, as text. */
  scope?: string
}

/** An argument whose transformer could not run without a scenario: its text and why. */
export interface UnconvertedArgument {
  unconverted: string
  text: string
}

export type ProbeResult = (
  | { status: 'matched'; definition: number; arguments: unknown[] }
  | { status: 'undefined'; snippet: string; elsewhere?: number[] }
  | { status: 'ambiguous'; definitions: number[] }
  | { status: 'error'; message: string }
) & {
  /**
   * When a scoped definition may match the text: the result in each of the probe's places, in
   * the order of its `places`; the result itself is then the first place's.
   */
  byPlace?: ProbeResult[]
}

/** What the dry run hands back: `definition` numbers index `definitions`. */
export interface DryRunOutput {
  definitions: DefinitionInfo[]
  results: ProbeResult[]
}

/** The key under which the input is provided to the worker and the output stored in task meta. */
export const DRY_RUN_KEY = 'brineDryRun'

declare module 'vitest' {
  interface ProvidedContext {
    brineDryRun: DryRunInput
  }
}
declare module '@vitest/runner' {
  interface TaskMeta {
    brineDryRun?: DryRunOutput
  }
}
