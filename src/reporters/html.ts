// brine/reporters/html: one self-contained HTML file rendered by @cucumber/html-formatter from the
// run's Cucumber Messages (its CSS and JavaScript are inlined).
import { Readable } from 'node:stream'
import { text } from 'node:stream/consumers'
import { CucumberHtmlStream } from '@cucumber/html-formatter'
import { BrineReporter, type ReportFileOptions } from './brine-reporter.js'
import type { RunModel } from './model/collect-run.js'

/** Writes the Cucumber HTML report; `outputFile` defaults to `reports/cucumber.html`. */
export default class HtmlReporter extends BrineReporter {
  constructor(private readonly options: ReportFileOptions = {}) {
    super()
  }

  protected async report(run: RunModel): Promise<void> {
    const html = await text(Readable.from(this.envelopes(run)).pipe(new CucumberHtmlStream()))
    this.writeFile(this.options.outputFile ?? 'reports/cucumber.html', html)
  }
}
