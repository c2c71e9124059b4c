// `brine steps`: the catalog of step definitions with the steps that use each, like behave's
// steps.usage formatter. Calls no step and no hook. A feature that does not parse is listed (and
// makes the exit code 1); the others are read all the same.
import { parseCheckArguments, reportFailure } from '../check-arguments.js'
import { unparsedLines } from '../../check/format-check.js'
import { formatUsage } from '../../check/format-usage.js'
import { runCheck } from '../../check/run-check.js'
import type { Command } from '../command.js'
import { ExitCode } from '../exit-codes.js'

const command: Command = async (args, io) => {
  try {
    const options = parseCheckArguments(args, io.cwd)
    const { usage, report, notes } = await runCheck(options)
    for (const note of notes) io.stderr(`${note}\n`)
    if (options.format === 'json') {
      const definitions = usage.map(({ definition, uses }) => ({
        ...definition,
        uses: uses.map(({ uri, line, keyword, text }) => ({ uri, line, keyword, text })),
      }))
      io.stdout(JSON.stringify({ definitions, unparsed: report.unparsed }, null, 2) + '\n')
    } else {
      const unparsed = report.unparsed.flatMap((feature) => [...unparsedLines(feature), ''])
      io.stdout(unparsed.join('\n') + (unparsed.length ? '\n' : '') + formatUsage(usage))
    }
    return report.unparsed.length === 0 ? ExitCode.ok : ExitCode.findings
  } catch (error) {
    return reportFailure('steps', error, io)
  }
}
export default command
