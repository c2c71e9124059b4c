// `brine migrate cucumber-js --verify`: runs the project's cucumber-js and the migrated suite, each
// scenario's outcome read from both runs' Cucumber Messages, and prints the parity table. Returns
// 0 when every scenario keeps its outcome, 1 on any difference, 3 when it could not compare.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { CliIo } from '../../../cli-io.js'
import { compareOutcomes, parityTable, type OutcomeParity } from './compare.js'
import { outcomesFromMessages } from './outcomes.js'
import { brineRun, CucumberUnavailable, cucumberRun, type BrineRunOptions } from './runs.js'

interface VerifyResult {
  parity: OutcomeParity
  table: string
}

/** Both runs of one profile, compared. */
async function verifyProfile(
  root: string,
  profile: string,
  env: Record<string, string | undefined>,
  options: BrineRunOptions = {},
): Promise<VerifyResult> {
  const dir = mkdtempSync(join(tmpdir(), 'brine-verify-'))
  try {
    const cucumber = await cucumberRun(root, profile, join(dir, 'cucumber.ndjson'), env)
    if (!cucumber.envelopes.length) throw new Error(`cucumber-js did not run:\n${cucumber.output}`)
    const brine = await brineRun(root, profile, join(dir, 'brine.ndjson'), options)
    if (!brine.envelopes.length) throw new Error(`the migrated suite did not run:\n${brine.output}`)
    const parity = compareOutcomes(outcomesFromMessages(cucumber.envelopes), outcomesFromMessages(brine.envelopes))
    const title = `Outcome parity, profile ${profile} (cucumber-js ${cucumber.version} vs brine)`
    return { parity, table: parityTable(parity, title) }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function verifyCucumberJs(root: string, profiles: readonly string[], io: CliIo): Promise<number> {
  const loader = io.env.BRINE_CONFIG_LOADER
  const options: BrineRunOptions = loader === 'runner' || loader === 'bundle' ? { configLoader: loader } : {}
  let same = true
  for (const profile of profiles) {
    try {
      const { parity, table } = await verifyProfile(root, profile, io.env, options)
      io.stdout(table)
      same &&= parity.differences.length === 0
    } catch (error) {
      io.stderr(
        `brine migrate --verify: ${error instanceof CucumberUnavailable ? 'skipped, ' : ''}${(error as Error).message}\n`,
      )
      return 3
    }
  }
  return same ? 0 : 1
}
