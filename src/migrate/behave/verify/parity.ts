// Compares behave's and brine's bindings step by step — same definition origin, same argument
// names and values — and prints the parity table `--verify` shows.
import { keyed, type StepBinding } from './step-binding.js'

interface Difference {
  key: string
  text: string
  behave: string
  brine: string
}

export interface Parity {
  steps: number
  same: number
  differences: Difference[]
}

export function compareBindings(behave: readonly StepBinding[], brine: readonly StepBinding[]): Parity {
  const left = keyed(behave)
  const right = keyed(brine)
  const differences: Difference[] = []
  let same = 0
  for (const key of new Set([...left.keys(), ...right.keys()])) {
    const a = left.get(key)
    const b = right.get(key)
    if (a && b && describe(a) === describe(b)) same++
    else
      differences.push({
        key,
        text: (a ?? b)!.text,
        behave: a ? describe(a) : '(no such step)',
        brine: b ? describe(b) : '(no such step)',
      })
  }
  return { steps: same + differences.length, same, differences }
}

/** A binding as one comparable line: origin and arguments, numbers in one form (1.0 is 1). */
function describe(b: StepBinding): string {
  if (b.problem) return b.problem
  if (!b.origin) return 'undefined'
  // behave passes positional arguments in order and named ones by name: compare them so.
  const positional = b.args.filter((a) => a.name === undefined).map((a) => value(a.value))
  const named = b.args.filter((a) => a.name !== undefined).map((a) => `${a.name}=${value(a.value)}`)
  const args = [...positional, ...named.sort()]
  return `${b.origin}(${args.join(', ')})`
}

// behave writes 1.0 for a float; JSON.parse reads it as 1, so numbers already compare as values.
const value = (v: unknown): string => JSON.stringify(v) ?? 'None'

export function parityTable(parity: Parity, limit = 50): string {
  const percent = parity.steps === 0 ? 100 : (parity.same / parity.steps) * 100
  const lines = [
    'Binding parity (behave --dry-run vs brine check):',
    `  steps compared  ${parity.steps}`,
    `  same binding    ${parity.same}`,
    `  different       ${parity.differences.length}`,
    `  parity          ${percent.toFixed(percent === 100 ? 0 : 1)} %`,
  ]
  if (parity.differences.length) {
    lines.push('', 'Differences:')
    for (const d of parity.differences.slice(0, limit))
      lines.push(`  ${d.key}  ${d.text}`, `      behave: ${d.behave}`, `      brine:  ${d.brine}`)
    if (parity.differences.length > limit) lines.push(`  … and ${parity.differences.length - limit} more`)
  }
  return `${lines.join('\n')}\n`
}
