// `brine init [dir]`: sets up brine in a project (config, example feature and steps, npm scripts).
import { resolve } from 'node:path'
import { initProject } from '../../init/init-project.js'
import type { Command } from '../command.js'

const command: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout('Usage: brine init [dir]\n\nAdds brine to the project in dir (default: the current directory).\n')
    return 0
  }
  const dir = resolve(io.cwd, args.find((arg) => !arg.startsWith('-')) ?? '.')
  const result = await initProject(dir)
  io.stdout(`${result.lines.join('\n')}\n`)
  if (result.ok) io.stdout('\nRun the example with: npm run features\n')
  return result.ok ? 0 : 1
}
export default command
