// `brine check`: does every step of every feature have exactly one definition? Loads the step
// files as a run would but calls no step and no hook. Exit 0 if so, 1 if not, 2 if it could not check.
import { allMatched } from '../../check/check-report.js'
import { parseCheckOptions, reportFailure } from '../../check/check-options.js'
import { formatCheck } from '../../check/format-check.js'
import { runCheck } from '../../check/run-check.js'
import type { Command } from '../main.js'

const command: Command = async (args, io) => {
  try {
    const options = parseCheckOptions(args, io.cwd)
    const { report, features } = await runCheck(options)
    if (options.format === 'json') io.stdout(JSON.stringify(report, null, 2) + '\n')
    else io.stdout(formatCheck(report, { unused: options.unused, features }))
    return allMatched(report) ? 0 : 1
  } catch (error) {
    return reportFailure('check', error, io)
  }
}
export default command
