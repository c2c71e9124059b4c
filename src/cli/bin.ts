#!/usr/bin/env node
// The `brine` executable: the only place that touches the process.
import { main } from './main.js'

const code = await main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
})
process.exitCode = code
