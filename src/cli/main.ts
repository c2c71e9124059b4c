// The brine command line. Receives all I/O as arguments so tests run it in-process; only bin.ts
// touches `process`.
import type { CliIo } from '../cli-io.js'
import { version } from '../version.js'
import { commands } from './commands/index.js'
import { ExitCode } from './exit-codes.js'

export async function main(io: CliIo): Promise<number> {
  const [name, ...args] = io.argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage())
    return name ? ExitCode.ok : ExitCode.usage
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${version}\n`)
    return ExitCode.ok
  }
  const entry = commands[name]
  if (!entry) {
    io.stderr(`brine: unknown command "${name}"\n\n${usage()}`)
    return ExitCode.usage
  }
  const command = await entry.load()
  return command(args, io)
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, { summary }]) => `  ${name.padEnd(10)} ${summary}`)
  return `Usage: brine <command> [options]\n\nCommands:\n${lines.join('\n')}\n`
}
