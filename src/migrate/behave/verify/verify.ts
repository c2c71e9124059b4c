// `brine migrate behave --verify`: first behave's dry run on the source against `brine check` on
// the result, step by step (bindings); then behave's real run against the migrated suite under
// Vitest, scenario by scenario (outcomes). Prints both tables; returns 1 on any difference, 3 when
// it could not compare.
import { relative, resolve, sep } from 'node:path'
import type { CliIo } from '../../../cli-io.js'
import { BehaveUnavailable, behaveBindings } from './behave-dry-run.js'
import { behaveOutcomes, runBehave } from './behave-outcomes.js'
import { brineBindings } from './brine-bindings.js'
import { brineOutcomes, runVitest, type BrineRun } from './brine-outcomes.js'
import { compareOutcomes, outcomeTable } from './outcome-parity.js'
import { compareBindings, parityTable } from './parity.js'

export async function verifyBehave(source: string, brineRoot: string, io: CliIo): Promise<number> {
  const behave = io.env.BRINE_BEHAVE ?? 'behave'
  let bindings
  try {
    bindings = await behaveBindings(source, behave)
  } catch (error) {
    if (error instanceof BehaveUnavailable) {
      io.stderr(`brine migrate --verify: skipped, ${error.message}\n`)
      return 3
    }
    throw error
  }
  const parity = compareBindings(bindings, await brineBindings(brineRoot))
  io.stdout(parityTable(parity))

  io.stdout('\n')
  let outcomes
  try {
    const [ran, run] = await Promise.all([runBehave(source, behave), runVitest(brineRoot)])
    outcomes = compareOutcomes(behaveOutcomes(ran), sameKeys(brineOutcomes(run), source, brineRoot))
  } catch (error) {
    io.stderr(`brine migrate --verify: could not compare outcomes: ${(error as Error).message}\n`)
    return 3
  }
  io.stdout(outcomeTable(outcomes))
  const same = parity.differences.length === 0 && outcomes.differences.length === 0 && !outcomes.fileErrors.length
  return same ? 0 : 1
}

/** brine names features relative to where Vitest runs, behave relative to the source: name them as behave does. */
function sameKeys(run: BrineRun, source: string, brineRoot: string): BrineRun {
  const rename = (key: string) => {
    const at = key.lastIndexOf(':')
    const path = relative(resolve(source), resolve(brineRoot, key.slice(0, at)))
    return path.startsWith('..') ? key : `${path.split(sep).join('/')}${key.slice(at)}`
  }
  return { ...run, outcomes: run.outcomes.map((o) => ({ ...o, key: rename(o.key) })) }
}
