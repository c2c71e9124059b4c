// Compares behave's and the migrated suite's outcome scenario by scenario (feature uri:line) and
// prints the table `--verify` shows: the counts, then every scenario whose outcome differs.
import type { BrineRun } from './brine-outcomes.js'
import type { ScenarioOutcome } from './scenario-outcome.js'

interface OutcomeDifference {
  key: string
  name: string
  behave: ScenarioOutcome | undefined
  brine: ScenarioOutcome | undefined
}

export interface OutcomeParity {
  scenarios: number
  same: number
  /** behave's outcome → count, for the table. */
  behaveCounts: Record<string, number>
  brineCounts: Record<string, number>
  differences: OutcomeDifference[]
  fileErrors: BrineRun['fileErrors']
}

export function compareOutcomes(behave: readonly ScenarioOutcome[], brine: BrineRun): OutcomeParity {
  const left = new Map(behave.map((s) => [s.key, s]))
  const right = new Map(brine.outcomes.map((s) => [s.key, s]))
  const keys = [...new Set([...left.keys(), ...right.keys()])].sort(byLocation)
  const differences: OutcomeDifference[] = []
  for (const key of keys) {
    const a = left.get(key)
    const b = right.get(key)
    if (!a || !b || a.outcome !== b.outcome) differences.push({ key, name: (a ?? b)!.name, behave: a, brine: b })
  }
  return {
    scenarios: keys.length,
    same: keys.length - differences.length,
    behaveCounts: counts(behave),
    brineCounts: counts(brine.outcomes),
    differences,
    fileErrors: brine.fileErrors,
  }
}

function byLocation(a: string, b: string): number {
  const [fa, la] = split(a)
  const [fb, lb] = split(b)
  return fa < fb ? -1 : fa > fb ? 1 : la - lb
}

const split = (key: string): [string, number] => [
  key.slice(0, key.lastIndexOf(':')),
  Number(key.slice(key.lastIndexOf(':') + 1)),
]

function counts(outcomes: readonly ScenarioOutcome[]): Record<string, number> {
  const out: Record<string, number> = {}
  for (const s of outcomes) out[s.outcome] = (out[s.outcome] ?? 0) + 1
  return out
}

const OUTCOMES = ['passed', 'failed', 'skipped', 'undefined']
const row = (label: string, c: Record<string, number>) =>
  `  ${label.padEnd(8)}${OUTCOMES.map((o) => String(c[o] ?? 0).padStart(10)).join('')}`

function side(s: ScenarioOutcome | undefined): string {
  if (!s) return '(no such scenario)'
  return [s.outcome, s.step ? `at ${s.step}` : '', s.message ? `— ${s.message}` : ''].filter(Boolean).join(' ')
}

export function outcomeTable(parity: OutcomeParity, limit = 100): string {
  const percent = parity.scenarios === 0 ? 100 : (parity.same / parity.scenarios) * 100
  const lines = [
    'Outcome parity (behave vs the migrated suite under Vitest):',
    `          ${OUTCOMES.map((o) => o.padStart(10)).join('')}`,
    row('behave', parity.behaveCounts),
    row('brine', parity.brineCounts),
    `  scenarios compared  ${parity.scenarios}`,
    `  same outcome        ${parity.same}`,
    `  different           ${parity.differences.length}`,
    `  parity              ${percent.toFixed(percent === 100 ? 0 : 1)} %`,
  ]
  if (parity.fileErrors.length) {
    lines.push('', 'Test files that did not load:')
    for (const e of parity.fileErrors) lines.push(`  ${e.file}: ${e.message}`)
  }
  if (parity.differences.length) {
    lines.push('', 'Scenarios whose outcome differs:')
    for (const d of parity.differences.slice(0, limit))
      lines.push(`  ${d.key}  ${d.name}`, `      behave: ${side(d.behave)}`, `      brine:  ${side(d.brine)}`)
    if (parity.differences.length > limit) lines.push(`  … and ${parity.differences.length - limit} more`)
  }
  return `${lines.join('\n')}\n`
}
