// brine/reporters/messages: the run as Cucumber Messages, one JSON envelope per line (NDJSON).
import { BrineReporter, type ReportFileOptions } from './brine-reporter.js'
import type { RunModel } from './model/collect-run.js'

/** Writes Cucumber Messages NDJSON; `outputFile` defaults to `reports/cucumber-messages.ndjson`. */
export default class MessagesReporter extends BrineReporter {
  constructor(private readonly options: ReportFileOptions = {}) {
    super()
  }

  protected report(run: RunModel): void {
    const lines = this.envelopes(run).map((envelope) => JSON.stringify(envelope))
    this.writeFile(this.options.outputFile ?? 'reports/cucumber-messages.ndjson', lines.join('\n') + '\n')
  }
}
