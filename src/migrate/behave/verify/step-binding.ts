// One step of one pickle and what it binds to, as either runner reports it: the definition's
// origin (behave's `file:line`) and the argument values. Both sides are reduced to this shape.

export interface StepBinding {
  /** Feature file, project-relative. */
  uri: string
  line: number
  text: string
  /** Where the bound definition came from, or null for an undefined step. */
  origin: string | null
  /** Argument values with their names (undefined for a positional one), in step-text order. */
  args: { name?: string; value: unknown }[]
  /** Set when the step could not be bound (ambiguous, a parse error…). */
  problem?: string
}

/** Keys steps by feature, line and occurrence, so background and outline steps pair up in order. */
export function keyed(bindings: readonly StepBinding[]): Map<string, StepBinding> {
  const seen = new Map<string, number>()
  const out = new Map<string, StepBinding>()
  for (const b of bindings) {
    const base = `${b.uri}:${b.line}`
    const n = seen.get(base) ?? 0
    seen.set(base, n + 1)
    out.set(`${base}#${n}`, b)
  }
  return out
}
