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

export class World {
  /** Vitest's pool id of this worker: 1..maxThreads. */
  readonly workerId: number = workerId()
  readonly scenario: ScenarioInfo
  /** Free-form values from the plugin's `worldParameters` option. */
  readonly parameters: Record<string, unknown>
  readonly #attach: (attachment: Attachment) => void
  #tmpDir: string | undefined;
  // Step definitions store their own state on the world.
  [key: string]: unknown

  constructor(options: WorldOptions) {
    this.scenario = options.scenario
    this.parameters = options.parameters
    this.#attach = options.attach
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
    this.#attach(attachment)
  }

  /** Adds a line of text to the scenario's report. */
  log(text: string): void {
    this.#attach({ body: text, mediaType: 'text/x.cucumber.log+plain', encoding: 'IDENTITY' })
  }

  /** A directory of this scenario's own, removed when the scenario ends. */
  get tmpDir(): string {
    this.#tmpDir ??= mkdtempSync(join(workerTmpDir(), 'scenario-'))
    return this.#tmpDir
  }

  /** Called by the runtime after the scenario's After hooks. */
  dispose(): void {
    if (this.#tmpDir) rmSync(this.#tmpDir, { recursive: true, force: true })
  }
}

export type WorldConstructor<W extends World = World> = new (options: WorldOptions) => W
