// The command line of `brine check` and `brine steps`, and how a check that could not run is told.
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { CliIo } from '../cli-io.js'
import { DryRunError } from '../check/dry-run.js'
import { ProjectError, type OpenOptions } from '../check/open-project.js'
import { ExitCode } from './exit-codes.js'
import { UsageError } from './usage-error.js'

export interface CheckArguments extends OpenOptions {
  format: 'text' | 'json'
  unused: boolean
}

/** Parses the options; throws a UsageError naming the bad one. */
export function parseCheckArguments(args: string[], cwd: string): CheckArguments {
  let values
  try {
    ;({ values } = parseArgs({
      args,
      options: {
        unused: { type: 'boolean', default: false },
        format: { type: 'string', default: 'text' },
        config: { type: 'string' },
        root: { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }))
  } catch (error) {
    throw new UsageError((error as Error).message)
  }
  if (values.format !== 'text' && values.format !== 'json') {
    throw new UsageError(`--format must be text or json, not "${values.format}"`)
  }
  const options: CheckArguments = {
    root: resolve(cwd, values.root ?? '.'),
    format: values.format,
    unused: values.unused,
  }
  if (values.config) options.config = resolve(cwd, values.config)
  return options
}

const usage: Record<string, string> = { check: '[--unused] ' }

/** The exit code and message for what kept the check from running; anything else is a bug. */
export function reportFailure(command: string, error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`brine ${command}: ${error.message}\n`)
    io.stderr(`Usage: brine ${command} ${usage[command] ?? ''}[--format text|json] [--config file] [--root dir]\n`)
    return ExitCode.usage
  }
  if (!(error instanceof ProjectError || error instanceof DryRunError)) throw error
  io.stderr(`brine ${command}: ${(error as Error).message}\n`)
  return ExitCode.error
}
