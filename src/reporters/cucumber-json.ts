// brine/reporters/cucumber-json: Cucumber JSON, as cucumber-js's `json` formatter writes it, for the
// HTML, Xray and Allure importers that read that format.
import { BrineReporter, type ReportFileOptions } from './brine-reporter.js'
import { cucumberJson } from './cucumber-json/from-envelopes.js'
import type { RunModel } from './model/collect-run.js'

/** Writes Cucumber JSON; `outputFile` defaults to `reports/cucumber.json`. */
export default class CucumberJsonReporter extends BrineReporter {
  constructor(private readonly options: ReportFileOptions = {}) {
    super()
  }

  protected report(run: RunModel): void {
    const json = cucumberJson(this.envelopes(run))
    this.writeFile(this.options.outputFile ?? 'reports/cucumber.json', JSON.stringify(json, null, 2) + '\n')
  }
}
