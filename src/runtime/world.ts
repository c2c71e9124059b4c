// The per-scenario World: a fresh instance for every scenario, so nothing one scenario stores is
// seen by another. Custom worlds extend it and are installed with setWorldConstructor.
import { mkdtempSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Attachment } from '../types/scenario-result.js'
import { workerId, workerTmpDir } from './worker.js'

export interface ScenarioInfo {
  name: string
  tags: readonly string[]
  uri: string
  line: number
  /** The Rule the scenario is in, if any. */
  rule?: RuleInfo
  /** An outline's Examples row: the Examples name, the row's number and its values by column. */
  examples?: { name: string; row: number; values: Readonly<Record<string, string>> }
}

export interface RuleInfo {
  name: string
  line: number
  /** The rule's own tags, with '@'. */
  tags: readonly string[]
}

export interface WorldOptions {
  scenario: ScenarioInfo
  parameters: Record<string, unknown>
  attach: (attachment: Attachment) => void
}

// A World's own state that is not a property of it (a subclass or step may use any name), kept
// outside private fields so the declarations compile for every TypeScript target.
const attachers = new WeakMap<object, (attachment: Attachment) => void>()
const tmpDirs = new WeakMap<object, string>()

export class World {
  /** Vitest's pool id of this worker: 1..maxThreads. */
  readonly workerId: number = workerId()
  readonly scenario: ScenarioInfo
  /** Free-form values from the plugin's `worldParameters` option. */
  readonly parameters: Record<string, unknown>;
  // Step definitions store their own state on the world.
  [key: string]: unknown

  constructor(options: WorldOptions) {
    this.scenario = options.scenario
    this.parameters = options.parameters
    attachers.set(this, options.attach)
  }

  /** Attaches data to the scenario's report: strings as text, Buffers as base64. */
  attach(data: string | Uint8Array, mediaTypeOrOptions?: string | { mediaType: string; fileName?: string }): void {
    const options = typeof mediaTypeOrOptions === 'string' ? { mediaType: mediaTypeOrOptions } : mediaTypeOrOptions
    const binary = typeof data !== 'string'
    const attachment: Attachment = {
      body: binary ? Buffer.from(data).toString('base64') : data,
      mediaType: options?.mediaType ?? (binary ? 'application/octet-stream' : 'text/plain'),
      encoding: binary ? 'BASE64' : 'IDENTITY',
    }
    if (options && 'fileName' in options && options.fileName) attachment.fileName = options.fileName
    attachers.get(this)!(attachment)
  }

  /** Adds a line of text to the scenario's report. */
  log(text: string): void {
    attachers.get(this)!({ body: text, mediaType: 'text/x.cucumber.log+plain', encoding: 'IDENTITY' })
  }

  /** A directory of this scenario's own, removed when the scenario ends. */
  get tmpDir(): string {
    let dir = tmpDirs.get(this)
    if (!dir) {
      dir = mkdtempSync(join(workerTmpDir(), 'scenario-'))
      tmpDirs.set(this, dir)
    }
    return dir
  }
}

/**
 * What the runtime does once a scenario's After hooks ran: removes the World's temp dir, if it made
 * one. A World may be any object (a plain constructor's instance too), so nothing is asked of it.
 */
export function releaseWorld(world: object): void {
  const dir = tmpDirs.get(world)
  if (dir) rmSync(dir, { recursive: true, force: true })
  tmpDirs.delete(world)
}

/** A World class or a plain constructor function: brine calls no method of what it makes. */
export type WorldConstructor<W extends object = World> = new (options: WorldOptions) => W
