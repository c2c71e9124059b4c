// The failures a scenario can end with besides a step's own error.

/**
 * What brine raises about the suite it runs (an undefined step, a timeout, …), as opposed to a
 * fault in brine itself: its stack loses brine's frames like an error of the user's code.
 */
export class SuiteError extends Error {}

export class PendingError extends SuiteError {
  constructor(message = 'pending') {
    super(message)
    this.name = 'PendingError'
  }
}

export class UndefinedStepError extends SuiteError {
  constructor(
    readonly stepText: string,
    readonly snippet: string,
    where: string,
    /** Scoped definitions that match the text in other places: `pattern  file:line  (scope)`. */
    elsewhere: readonly string[] = [],
  ) {
    const scoped = elsewhere.length
      ? `\nThese definitions match its text but are scoped to other places:\n${elsewhere.map((d) => `  ${d}`).join('\n')}\n`
      : ''
    super(`Undefined step: ${stepText} (${where})\n${scoped}\nImplement it with:\n\n${snippet}\n`)
    this.name = 'UndefinedStepError'
  }
}

export class AmbiguousStepError extends SuiteError {
  constructor(stepText: string, where: string, candidates: string[]) {
    super(
      `Ambiguous step: ${stepText} (${where}) matches ${candidates.length} definitions:\n` +
        candidates.map((c) => `  ${c}`).join('\n'),
    )
    this.name = 'AmbiguousStepError'
  }
}

export class StepTimeoutError extends SuiteError {
  constructor(what: string, where: string, timeout: number) {
    super(`${what} (${where}) timed out after ${timeout} ms`)
    this.name = 'StepTimeoutError'
  }
}

/** Marks a scenario as not done yet: it is reported pending, never passed. */
export function pending(reason?: string): never {
  throw new PendingError(reason ? `pending: ${reason}` : 'pending')
}
