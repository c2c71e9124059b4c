// brine/reporters/rerun: the scenarios that did not pass, as `file:line` arguments for
// `vitest run $(cat reports/rerun.txt)`.
import { BrineReporter, type ReportFileOptions } from './brine-reporter.js'
import type { RunModel, ScenarioOutcome } from './model/collect-run.js'

/** Writes one `features/x.feature:12` per failed scenario; `outputFile` defaults to `reports/rerun.txt`. */
export default class RerunReporter extends BrineReporter {
  constructor(private readonly options: ReportFileOptions = {}) {
    super()
  }

  protected report(run: RunModel): void {
    const lines = run.features.flatMap(({ source, scenarios }) =>
      scenarios.filter(failed).map((s) => `${source.uri}:${s.scenario.line}`),
    )
    this.writeFile(this.options.outputFile ?? 'reports/rerun.txt', lines.map((l) => `${l}\n`).join(''))
  }
}

/** Failed in Vitest, or stopped by an undefined, ambiguous or pending step (Cucumber failures too). */
export function failed(outcome: ScenarioOutcome): boolean {
  const status = outcome.result?.status
  return (
    outcome.state === 'failed' ||
    status === 'undefined' ||
    status === 'ambiguous' ||
    status === 'pending' ||
    status === 'failed'
  )
}
