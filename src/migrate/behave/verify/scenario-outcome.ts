// One scenario's outcome as `--verify` compares it: keyed by feature uri:line (an outline row by
// its row's line, as behave reports it), with the step that decided it.
export type Outcome = 'passed' | 'failed' | 'skipped' | 'undefined'

export interface ScenarioOutcome {
  /** `features/cart.feature:12`. */
  key: string
  name: string
  outcome: Outcome
  /** The first step that failed or was undefined (line: text), when one did. */
  step?: string
  /** The first line of the error, for a failure. */
  message?: string
}

/** The first line of an error message, short enough for a table. */
export function firstLine(message: string | undefined): string | undefined {
  const line = message
    ?.split('\n')
    .map((l) => l.trim())
    .find(Boolean)
  return line && line.length > 160 ? `${line.slice(0, 157)}…` : line
}
