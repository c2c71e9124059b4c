// A mistake on the command line: the command prints its message and usage, and exits 2.
export class UsageError extends Error {
  override name = 'UsageError'
}
