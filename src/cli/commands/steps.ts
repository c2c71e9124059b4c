// `brine steps`: the catalog of step definitions with the steps that use each, like behave's
// steps.usage formatter. Calls no step and no hook.
import { parseCheckArguments, reportFailure } from '../check-arguments.js'
import { formatUsage } from '../../check/format-usage.js'
import { runCheck } from '../../check/run-check.js'
import type { Command } from '../command.js'
import { ExitCode } from '../exit-codes.js'

const command: Command = async (args, io) => {
  try {
    const options = parseCheckArguments(args, io.cwd)
    const { usage } = await runCheck(options)
    if (options.format === 'json') {
      const definitions = usage.map(({ definition, uses }) => ({
        ...definition,
        uses: uses.map(({ uri, line, keyword, text }) => ({ uri, line, keyword, text })),
      }))
      io.stdout(JSON.stringify({ definitions }, null, 2) + '\n')
    } else io.stdout(formatUsage(usage))
    return ExitCode.ok
  } catch (error) {
    return reportFailure('steps', error, io)
  }
}
export default command
