// Which behave release the migrated steps follow. 1.2.x matches parse patterns case-insensitively
// and drops a trailing ':' from a step that has a table or doc string; 1.3 does neither.

export type BehaveVersion = '1.2' | '1.3'

let current: BehaveVersion = '1.3'

/** Sets the behave version for definitions registered after the call (default '1.3'). */
export function setBehaveVersion(version: BehaveVersion): void {
  if (version !== '1.2' && version !== '1.3') {
    throw new TypeError(`setBehaveVersion: expected '1.2' or '1.3', got ${JSON.stringify(version)}`)
  }
  current = version
}

/** The behave version new definitions get. */
export function behaveVersion(): BehaveVersion {
  return current
}

/**
 * The step text behave matches: 1.2 drops one trailing ':' when the step has a table or doc string.
 * A caller that cannot tell (`hasArgument` undefined) gets the common case: a step written with a
 * trailing ':' introduces a table or doc string.
 */
export function behaveStepText(text: string, hasArgument: boolean | undefined, version: BehaveVersion): string {
  return version === '1.2' && (hasArgument ?? true) && text.endsWith(':') ? text.slice(0, -1) : text
}
