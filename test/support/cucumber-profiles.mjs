// Runs a project's cucumber-js 12 once per profile in this one process, through its API (as
// cucumber-js's own compatibility test does), and writes each run's Cucumber Messages to
// `<out>/<profile>.ndjson`. Usage: node cucumber-profiles.mjs <out-dir> <profile>...
// It runs with the project as its working directory, so the project's cucumber-js is the one used.
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { PassThrough } from 'node:stream'
import { pathToFileURL } from 'node:url'

const [out, ...profiles] = process.argv.slice(2)
const require = createRequire(join(process.cwd(), 'package.json'))
const api = await import(pathToFileURL(require.resolve('@cucumber/cucumber/api')).href)
mkdirSync(out, { recursive: true })
for (const profile of profiles) {
  const envelopes = []
  const stdout = new PassThrough()
  stdout.resume()
  const environment = { cwd: process.cwd(), stdout, stderr: stdout, env: process.env }
  const { runConfiguration } = await api.loadConfiguration({ profiles: [profile] }, environment)
  await api.runCucumber(runConfiguration, environment, (envelope) => envelopes.push(envelope))
  writeFileSync(join(out, `${profile}.ndjson`), envelopes.map((e) => JSON.stringify(e)).join('\n') + '\n')
}
