// `brine check`: does every step of every feature have exactly one definition? Loads the step
// files as a run would but calls no step and no hook. Exit codes: see exit-codes.ts.
import { allMatched } from '../../check/check-report.js'
import { parseCheckArguments, reportFailure } from '../check-arguments.js'
import { formatCheck } from '../../check/format-check.js'
import { runCheck } from '../../check/run-check.js'
import type { Command } from '../command.js'
import { ExitCode } from '../exit-codes.js'

const command: Command = async (args, io) => {
  try {
    const options = parseCheckArguments(args, io.cwd)
    const { report, features, notes } = await runCheck(options)
    for (const note of notes) io.stderr(`${note}\n`)
    if (options.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n')
    else io.stdout(formatCheck(report, { unused: options.unused, features }))
    return allMatched(report) && notes.length === 0 ? ExitCode.ok : ExitCode.findings
  } catch (error) {
    return reportFailure('check', error, io)
  }
}
export default command
