// The brine command line. Receives all I/O as arguments so tests run it in-process; only bin.ts
// touches `process`.

export interface CliIo {
  argv: string[]
  cwd: string
  env: Record<string, string | undefined>
  stdout: (text: string) => void
  stderr: (text: string) => void
}

/** A command returns its exit code. */
export type Command = (args: string[], io: CliIo) => Promise<number>

/** name → [one-line summary, loader]. Commands load lazily so `brine check` never loads the migrator. */
const commands: Record<string, [string, () => Promise<Command>]> = {}

export function registerCommand(name: string, summary: string, load: () => Promise<Command>): void {
  commands[name] = [summary, load]
}

export async function main(io: CliIo): Promise<number> {
  await import('./commands/index.js')
  const [name, ...args] = io.argv
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage())
    return name ? 0 : 1
  }
  if (name === '--version' || name === '-v') {
    const { version } = await import('./version.js')
    io.stdout(`${version}\n`)
    return 0
  }
  const entry = commands[name]
  if (!entry) {
    io.stderr(`brine: unknown command "${name}"\n\n${usage()}`)
    return 1
  }
  const command = await entry[1]()
  return command(args, io)
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, [summary]]) => `  ${name.padEnd(10)} ${summary}`)
  return `Usage: brine <command> [options]\n\nCommands:\n${lines.join('\n')}\n`
}
