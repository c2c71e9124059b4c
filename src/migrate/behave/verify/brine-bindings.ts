// Asks brine which definition each step binds to: brine's check (a dry run) on the migrated
// project, read into StepBindings.
import type { CheckedStep } from '../../../check/check-report.js'
import { runCheck } from '../../../check/run-check.js'
import type { StepBinding } from './step-binding.js'

/** The parts of a checked step the comparison reads. */
type CheckStep = Pick<CheckedStep, 'uri' | 'line' | 'text' | 'status'> & {
  arguments?: unknown[]
  definition?: Pick<NonNullable<CheckedStep['definition']>, 'pattern' | 'uri' | 'line' | 'origin'> | null
}

export async function brineBindings(root: string): Promise<StepBinding[]> {
  const { report } = await runCheck({ root })
  return fromCheckReport(report)
}

export function fromCheckReport(report: { steps: readonly CheckStep[] }): StepBinding[] {
  return report.steps.map((step) => {
    const definition = step.definition ?? undefined
    const binding: StepBinding = {
      uri: step.uri,
      line: step.line,
      text: step.text,
      origin:
        step.status === 'matched' && definition
          ? (definition.origin ?? `${definition.uri}:${definition.line} (brine)`)
          : null,
      args: normalizeArgs(step.arguments ?? []),
    }
    if (step.status === 'ambiguous') binding.problem = 'ambiguous'
    return binding
  })
}

/** behave's JSON formatter writes a value that is not a JSON scalar (a list, an object) as its original text. */
function asBehaveWritesIt(value: unknown, original: string | undefined): unknown {
  const scalar = value === null || ['string', 'number', 'boolean'].includes(typeof value)
  return scalar || original === undefined ? value : original
}

/** brine/behave passes one arguments object, reported as behave's list of {name, value, original}. */
function normalizeArgs(args: readonly unknown[]): StepBinding['args'] {
  const only = args.length === 1 ? args[0] : undefined
  const list =
    Array.isArray(only) && only.every((a) => a !== null && typeof a === 'object' && 'value' in a) ? only : undefined
  if (list) {
    return (list as { name?: string; value: unknown; original?: string }[]).map((a) => ({
      ...(a.name === undefined ? {} : { name: a.name }),
      value: asBehaveWritesIt(a.value, a.original),
    }))
  }
  if (only && typeof only === 'object' && 'error' in only) return [{ value: only }]
  return args.map((value) => ({ value }))
}
