// The two runs `--verify` compares, each writing Cucumber Messages: the project's own cucumber-js
// (its own install, its own config and profile), and the migrated suite under Vitest, in this
// process, with brine's messages reporter.
import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Writable } from 'node:stream'
import type { Envelope } from '@cucumber/messages'
import MessagesReporter from '../../../reporters/messages.js'

/** cucumber-js is not installed in the project. */
export class CucumberUnavailable extends Error {
  override name = 'CucumberUnavailable'
}

export interface Run {
  envelopes: Envelope[]
  /** What the run printed, for when it fails before reporting. */
  output: string
}

function readMessages(file: string): Envelope[] {
  if (!existsSync(file)) return []
  const text = readFileSync(file, 'utf8')
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Envelope)
}

/** The project's cucumber-js, run as its users run it, with a message formatter added. */
export async function cucumberRun(
  root: string,
  profile: string,
  messagesFile: string,
  env: Record<string, string | undefined>,
): Promise<Run & { version: string }> {
  let pkg: string
  try {
    pkg = createRequire(join(root, 'package.json')).resolve('@cucumber/cucumber/package.json')
  } catch (error) {
    throw new CucumberUnavailable(`@cucumber/cucumber is not installed in ${root}`, { cause: error })
  }
  const { bin, version } = JSON.parse(readFileSync(pkg, 'utf8')) as { bin: Record<string, string>; version: string }
  // The default profile is what cucumber-js runs without --profile (even when no config file names it).
  const select = profile === 'default' ? [] : ['--profile', profile]
  const args = [join(dirname(pkg), bin['cucumber-js']!), ...select, '--format', `message:${messagesFile}`]
  const output = await new Promise<string>((resolve, reject) => {
    // Reports stay local: cucumber-js publishes nothing during a verification.
    const child = spawn(process.execPath, args, {
      cwd: root,
      env: { ...env, CUCUMBER_PUBLISH_ENABLED: 'false', CUCUMBER_PUBLISH_QUIET: 'true', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let printed = ''
    child.stdout.on('data', (d: Buffer) => (printed += d.toString()))
    child.stderr.on('data', (d: Buffer) => (printed += d.toString()))
    child.on('error', reject)
    child.on('close', () => resolve(printed))
  })
  return { envelopes: readMessages(messagesFile), output, version }
}

export interface BrineRunOptions {
  /** Vitest's configLoader: 'runner' when the config imports TypeScript that Node cannot load. */
  configLoader?: 'bundle' | 'runner'
}

/** The migrated suite under Vitest with CUCUMBER_PROFILE set to `profile`. */
export async function brineRun(
  root: string,
  profile: string,
  messagesFile: string,
  options: BrineRunOptions = {},
): Promise<Run> {
  const { createVitest } = await import('vitest/node')
  let output = ''
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      output += chunk.toString()
      done()
    },
  })
  const previous = process.env.CUCUMBER_PROFILE
  process.env.CUCUMBER_PROFILE = profile
  try {
    const vitest = await createVitest(
      'test',
      {
        root,
        watch: false,
        reporters: [new MessagesReporter({ outputFile: messagesFile })],
        ...(options.configLoader ? { configLoader: options.configLoader } : {}),
      },
      {},
      { stdout: sink, stderr: sink },
    )
    try {
      await vitest.start()
    } finally {
      await vitest.close()
    }
  } finally {
    if (previous === undefined) delete process.env.CUCUMBER_PROFILE
    else process.env.CUCUMBER_PROFILE = previous
  }
  return { envelopes: readMessages(messagesFile), output }
}
