// `brine version`: prints the installed version.
import type { Command } from '../command.js'
import { version } from '../../version.js'

const command: Command = async (_args, io) => {
  io.stdout(`${version}\n`)
  return 0
}
export default command
