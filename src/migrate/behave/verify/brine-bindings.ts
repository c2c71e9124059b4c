// Asks brine which definition each step binds to: `brine check --format json` on the migrated
// project, run in-process, read into StepBindings.
import type { CliIo } from '../../../cli/main.js'
import type { StepBinding } from './step-binding.js'

interface CheckStep {
  uri: string
  line: number
  text: string
  status: 'matched' | 'undefined' | 'ambiguous'
  definition?: { pattern: string; uri: string; line: number; origin: string | null } | null
  arguments?: unknown[]
}

export async function brineBindings(root: string, io: Pick<CliIo, 'env'>): Promise<StepBinding[]> {
  const { default: check } = await import('../../../cli/commands/check.js')
  let stdout = ''
  let stderr = ''
  const code = await check(['--format', 'json', '--root', root], {
    argv: [],
    cwd: root,
    env: io.env,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
  })
  if (code === 2 || !stdout.trim()) throw new Error(`brine check could not run: ${stderr.trim() || `exit ${code}`}`)
  return fromCheckJson(JSON.parse(stdout) as { steps: CheckStep[] })
}

export function fromCheckJson(report: { steps: readonly CheckStep[] }): StepBinding[] {
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
