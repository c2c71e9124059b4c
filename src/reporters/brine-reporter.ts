// What every brine reporter shares: it waits for the end of the run (in-process, or the merge of
// shard blobs), turns Vitest's modules into one run model, and writes its report file. Several
// brine reporters in one run share the model and the message stream, which are built once.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import type { Envelope } from '@cucumber/messages'
import type { Reporter, TestModule, Vitest } from 'vitest/node'
import { buildEnvelopes } from './messages/build-envelopes.js'
import type { SupportInfo } from '../types/support-info.js'
import { collectRun, type RunModel } from './model/collect-run.js'

const runs = new WeakMap<readonly TestModule[], RunModel>()
const streams = new WeakMap<RunModel, Envelope[]>()

export interface ReportFileOptions {
  /** Where to write the report, relative to the project root. */
  outputFile?: string
}

function isEmpty(support: SupportInfo): boolean {
  return !support.steps.length && !support.hooks.length && !support.parameterTypes.length
}

export abstract class BrineReporter implements Reporter {
  protected root = process.cwd()
  private startedAt = Date.now()
  private vitest: Vitest | undefined

  private support: SupportInfo | undefined

  onInit(vitest: Vitest): void {
    this.vitest = vitest
    this.root = vitest.config.root
    this.startedAt = Date.now()
  }

  onTestRunStart(): void {
    this.startedAt = Date.now()
  }

  async onTestRunEnd(modules: readonly TestModule[]): Promise<void> {
    let run = runs.get(modules)
    if (!run) {
      run = collectRun(modules, this.startedAt)
      runs.set(modules, run)
    }
    // A worker writes its definitions once; in watch mode a rerun in the same worker has none.
    if (isEmpty(run.support) && this.support) run.support = this.support
    else this.support = run.support
    await this.report(run)
  }

  protected abstract report(run: RunModel): void | Promise<void>

  /** The run's Cucumber Messages, built once however many reporters ask. */
  protected envelopes(run: RunModel): Envelope[] {
    let envelopes = streams.get(run)
    if (!envelopes) {
      envelopes = buildEnvelopes(run)
      streams.set(run, envelopes)
    }
    return envelopes
  }

  /** Prints through Vitest's logger, as Vitest's own reporters do. */
  protected print(text: string): void {
    this.vitest?.logger.log(text)
  }

  protected writeFile(file: string, content: string): string {
    const path = resolve(this.root, file)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, content)
    return path
  }
}
