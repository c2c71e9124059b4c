#!/usr/bin/env node
// The `brine` executable: the only place that touches the process.
import { unsupportedVersion } from '../plugin/supported-versions.js'
import { ExitCode } from './exit-codes.js'
import { main } from './main.js'

const unsupported = unsupportedVersion(process.versions.node, undefined)
if (unsupported) {
  process.stderr.write(`${unsupported}\n`)
  process.exitCode = ExitCode.error
} else {
  process.exitCode = await main({
    argv: process.argv.slice(2),
    cwd: process.cwd(),
    env: process.env,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  })
}
