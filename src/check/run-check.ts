// `brine check` end to end: open the project, read its features, dry-run its step files, and
// join the two into the report, with a note when there are no feature files or no step files.
import { buildReport, probesOf, type CheckReport, type DefinitionUsage } from './check-report.js'
import { collectSteps } from './collect-steps.js'
import { dryRun } from './dry-run.js'
import { openProject, type OpenOptions } from './open-project.js'
import { isFeaturePath } from '../compile/feature-file.js'
import { noFeatureFiles, noStepFiles } from '../plugin/setup-notes.js'

export interface CheckRun {
  report: CheckReport
  usage: DefinitionUsage[]
  features: number
  /** One line each, naming the fix: no feature files, or no step files. */
  notes: string[]
}

export async function runCheck(options: OpenOptions): Promise<CheckRun> {
  const project = await openProject(options)
  try {
    const { testFiles } = await project.features.globTestFiles()
    const files = testFiles.filter((file) => isFeaturePath(file)).sort()
    const { language, dialect, tags } = project.brine.options
    const selection = process.env.BRINE_TAGS || tags
    const { steps, unparsed } = await collectSteps(project.root, files, language, dialect, selection)
    const { probes, places, ...links } = probesOf(steps)
    const stepFiles = await project.brine.stepFiles()
    const found = await dryRun(project, { root: project.root, stepFiles, probes, dialect, places })
    const { options } = project.brine
    const notes =
      files.length === 0
        ? [noFeatureFiles(options.features, project.root)]
        : stepFiles.length === 0
          ? [noStepFiles(options.steps, project.root)]
          : []
    return { ...buildReport(steps, links, found, unparsed), features: files.length, notes }
  } finally {
    await project.close()
  }
}
