// brine/reporters/summary: behave's summary after the run, over all workers (or merged shards): the
// failures with their step trails, the counts, and the snippets for undefined steps once. Prints
// next to Vitest's own reporter.
import { BrineReporter } from './brine-reporter.js'
import type { RunModel } from './model/collect-run.js'
import { countRun } from './summary/count-run.js'
import { formatFailures } from './summary/format-failures.js'
import { formatSummary } from './summary/format-summary.js'

export interface SummaryOptions {
  /** Also write the summary to this file, relative to the project root. */
  outputFile?: string
}

/** Prints each failure with its step trail, then behave's summary: failing scenarios, counts and time taken. */
export default class SummaryReporter extends BrineReporter {
  constructor(private readonly options: SummaryOptions = {}) {
    super()
  }

  protected async report(run: RunModel): Promise<void> {
    const text = formatFailures(run, this.root) + formatSummary(countRun(run))
    if (this.options.outputFile) this.writeFile(this.options.outputFile, text)
    // Vitest's default reporter prints its own summary in onFinished, started right after this
    // hook: waiting a turn puts behave's summary below it.
    await new Promise((resolve) => setImmediate(resolve))
    this.print(`\n${text.trimEnd()}`)
  }
}
