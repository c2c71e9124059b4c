// behave's summary text: failing scenarios, one line each for features, scenarios and steps,
// the time taken, then the snippets for undefined steps.
import type { Counts, RunCounts } from './count-run.js'

export function formatSummary(counts: RunCounts): string {
  const lines: string[] = []
  if (counts.failing.length) {
    lines.push('Failing scenarios:')
    for (const f of counts.failing) lines.push(`  ${f.location}  ${f.name}`)
  }
  lines.push(countLine('feature', counts.features))
  lines.push(countLine('scenario', counts.scenarios))
  lines.push(countLine('step', counts.steps))
  lines.push(`Took ${took(counts.duration)}`)
  if (counts.snippets.length) {
    lines.push('', 'You can implement step definitions for undefined steps with these snippets:', '')
    lines.push(counts.snippets.join('\n\n'))
  }
  return lines.join('\n') + '\n'
}

/** `14 scenarios passed, 1 failed, 2 skipped`: the fixed columns always, others only when not 0. */
function countLine(noun: string, counts: Counts): string {
  const fixed = ['passed', 'failed', 'skipped', ...(noun === 'step' ? ['undefined'] : [])]
  const extra = Object.keys(counts).filter((k) => !fixed.includes(k) && counts[k]! > 0)
  const parts = [...fixed, ...extra].map((status, i) => {
    const n = counts[status] ?? 0
    return i === 0 ? `${n} ${noun}${n === 1 ? '' : 's'} ${status}` : `${n} ${status}`
  })
  return parts.join(', ')
}

function took(ms: number): string {
  const seconds = ms / 1000
  const minutes = Math.floor(seconds / 60)
  return `${minutes}m${(seconds - minutes * 60).toFixed(3)}s`
}
