// The shape of a brine command: it receives all I/O as arguments and returns its exit code.
import type { CliIo } from '../cli-io.js'

export type Command = (args: string[], io: CliIo) => Promise<number>

export interface CommandEntry {
  /** One line for `brine --help`. */
  summary: string
  /** Commands load lazily, so `brine check` never loads the migrator. */
  load: () => Promise<Command>
}
