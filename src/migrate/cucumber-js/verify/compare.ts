// Compares each scenario's outcome under cucumber-js and under brine, and prints the table
// `brine migrate cucumber-js --verify` shows: counts by status on each side, then every scenario
// whose outcome (status, or where it stopped) differs.
import type { ScenarioOutcome } from './outcomes.js'

interface OutcomeDifference {
  key: string
  cucumber?: ScenarioOutcome
  brine?: ScenarioOutcome
}

export interface OutcomeParity {
  compared: number
  same: number
  differences: OutcomeDifference[]
  /** Scenarios by status: [cucumber-js, brine]. */
  byStatus: Map<string, [number, number]>
}

const STATUSES = ['passed', 'failed', 'pending', 'undefined', 'ambiguous', 'skipped']

export function compareOutcomes(
  cucumber: Map<string, ScenarioOutcome>,
  brine: Map<string, ScenarioOutcome>,
): OutcomeParity {
  const keys = [...new Set([...cucumber.keys(), ...brine.keys()])].sort(byLocation)
  const parity: OutcomeParity = { compared: keys.length, same: 0, differences: [], byStatus: new Map() }
  const count = (status: string | undefined, side: 0 | 1) => {
    if (!status) return
    const counts = parity.byStatus.get(status) ?? [0, 0]
    counts[side]++
    parity.byStatus.set(status, counts)
  }
  for (const key of keys) {
    const c = cucumber.get(key)
    const b = brine.get(key)
    count(c?.status, 0)
    count(b?.status, 1)
    if (c && b && c.status === b.status && c.at === b.at) parity.same++
    else parity.differences.push({ key, ...(c ? { cucumber: c } : {}), ...(b ? { brine: b } : {}) })
  }
  return parity
}

function byLocation(a: string, b: string): number {
  const [ua, la] = split(a)
  const [ub, lb] = split(b)
  return ua === ub ? la - lb : ua < ub ? -1 : 1
}

function split(key: string): [string, number] {
  const at = key.lastIndexOf(':')
  return [key.slice(0, at), Number(key.slice(at + 1))]
}

const describe = (outcome: ScenarioOutcome | undefined) =>
  outcome ? `${outcome.status}${outcome.at ? ` at ${outcome.at}` : ''}` : 'not run'

export function parityTable(parity: OutcomeParity, title: string): string {
  const statuses = [...STATUSES, ...[...parity.byStatus.keys()].filter((s) => !STATUSES.includes(s))].filter((s) =>
    parity.byStatus.has(s),
  )
  const rows = statuses.map((s) => {
    const [c, b] = parity.byStatus.get(s)!
    return `  ${s.padEnd(18)}${String(c).padStart(11)}${String(b).padStart(7)}`
  })
  const percent = parity.compared ? Math.floor((parity.same / parity.compared) * 1000) / 10 : 100
  const lines = [
    `${title}:`,
    `  ${'scenarios'.padEnd(18)}${'cucumber-js'.padStart(11)}${'brine'.padStart(7)}`,
    ...rows,
    `  compared          ${parity.compared}`,
    `  same outcome      ${parity.same}`,
    `  different         ${parity.differences.length}`,
    `  parity            ${percent} %`,
  ]
  for (const d of parity.differences) {
    const name = d.cucumber?.name ?? d.brine?.name ?? ''
    lines.push(
      '',
      `  ${d.key}  ${name}`,
      `    cucumber-js: ${describe(d.cucumber)}`,
      `    brine:       ${describe(d.brine)}`,
    )
  }
  return `${lines.join('\n')}\n`
}
