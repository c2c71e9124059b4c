// The exit codes of every brine command, in one place (README's "Command line" lists them).
export const ExitCode = {
  /** Done, and nothing needs attention. */
  ok: 0,
  /** Done, with findings to act on: unmatched steps, TODOs left by a migration, files kept. */
  findings: 1,
  /** The command line is wrong: unknown command or option, missing argument. */
  usage: 2,
  /** Could not do it: the project or its config does not load, a tool it needs is missing. */
  error: 3,
} as const

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode]
