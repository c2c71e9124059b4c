// `brine migrate behave --verify`: behave's dry run on the source against `brine check` on the
// result, step by step; prints the parity table and returns 1 on any difference, 3 when it could
// not compare.
import type { CliIo } from '../../../cli-io.js'
import { BehaveUnavailable, behaveBindings } from './behave-dry-run.js'
import { brineBindings } from './brine-bindings.js'
import { compareBindings, parityTable } from './parity.js'

export async function verifyBehave(source: string, brineRoot: string, io: CliIo): Promise<number> {
  let behave
  try {
    behave = await behaveBindings(source, io.env.BRINE_BEHAVE ?? 'behave')
  } catch (error) {
    if (error instanceof BehaveUnavailable) {
      io.stderr(`brine migrate --verify: skipped, ${error.message}\n`)
      return 3
    }
    throw error
  }
  const brine = await brineBindings(brineRoot)
  const parity = compareBindings(behave, brine)
  io.stdout(parityTable(parity))
  return parity.differences.length === 0 ? 0 : 1
}
