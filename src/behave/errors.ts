// behave's own failures, with its messages, so migrated suites fail the way they did under behave.
import { PendingError, SuiteError } from '../runtime/errors.js'

/** Thrown by `scenario.skip()`: stops the scenario, which is reported as skipped. */
export class ScenarioSkipped extends PendingError {
  constructor(reason?: string) {
    super(reason ? `skipped: ${reason}` : 'skipped')
    this.name = 'ScenarioSkipped'
  }
}

/** A type converter failed while matching a step (behave's StepParseError). */
export class StepParseError extends SuiteError {
  constructor(
    readonly pattern: string,
    readonly text: string,
    override readonly cause: unknown,
  ) {
    super(`${cause instanceof Error ? cause.message : String(cause)}\n  pattern: ${pattern}\n  step: ${text}`)
    this.name = 'StepParseError'
  }
}

/** Two behave definitions of the same step type where the first already matches the second's text. */
export class AmbiguousStep extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'AmbiguousStep'
  }
}

/** A step run by `context.executeSteps` did not pass (behave raises AssertionError). */
export class SubStepError extends Error {
  constructor(
    readonly status: string,
    readonly stepLine: string,
    readonly subError?: unknown,
  ) {
    let message = `${status.toUpperCase()} SUB-STEP: ${stepLine}`
    if (subError) message += `\nSubstep info: ${subError instanceof Error ? subError.message : String(subError)}`
    super(message)
    this.name = 'SubStepError'
  }
}

/** Code reached into behave's internals (`context._runner`), which brine does not have. */
export class BehaveInternalsError extends Error {
  constructor(readonly what: string) {
    super(
      `${what}: behave's Runner is internal to behave and brine has none; ` +
        'replace this use (brine/behave has the hooks, step registry and configuration as its own API)',
    )
    this.name = 'BehaveInternalsError'
  }
}
