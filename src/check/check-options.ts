// Command-line options shared by `brine check` and `brine steps`, and how a failed check is told.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { FeatureParseError } from '../compile/feature-file.js'
import type { CliIo } from '../cli/main.js'
import { DryRunError } from './dry-run.js'
import { ProjectError, type OpenOptions } from './open-project.js'

export interface CheckOptions extends OpenOptions {
  format: 'text' | 'json'
  unused: boolean
}

/** Parses the options; throws a UsageError naming the bad one. */
export function parseCheckOptions(args: string[], cwd: string): CheckOptions {
  const { values } = parseArgs({
    args,
    options: {
      unused: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      config: { type: 'string' },
      root: { type: 'string' },
    },
    strict: true,
    allowPositionals: false,
  })
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json, not "${values.format}"`)
  }
  const options: CheckOptions = { root: resolve(cwd, values.root ?? '.'), format: values.format, unused: values.unused }
  if (values.config) options.config = resolve(cwd, values.config)
  return options
}

export class UsageError extends Error {
  override name = 'UsageError'
}

const usage: Record<string, string> = { check: '[--unused] ' }

/** Exit code 2 and a message for what kept the check from running; anything else is a bug. */
export function reportFailure(command: string, error: unknown, io: CliIo): number {
  const known = [UsageError, ProjectError, DryRunError, FeatureParseError]
  const isUsage = error instanceof UsageError || (error instanceof TypeError && 'code' in error)
  if (!isUsage && !known.some((type) => error instanceof type)) throw error
  const message = (error as Error).message
  io.stderr(`brine ${command}: ${message}\n`)
  if (isUsage)
    io.stderr(`Usage: brine ${command} ${usage[command] ?? ''}[--format text|json] [--config file] [--root dir]\n`)
  return 2
}
