// `brine check` end to end: open the project, read its features, dry-run its step files, and
// join the two into the report.
import { buildReport, probesOf, type CheckReport, type DefinitionUsage } from './check-report.js'
import { collectSteps } from './collect-steps.js'
import { dryRun } from './dry-run.js'
import { openProject, type OpenOptions } from './open-project.js'
import { isFeaturePath } from '../compile/feature-file.js'

export interface CheckRun {
  report: CheckReport
  usage: DefinitionUsage[]
  features: number
}

export async function runCheck(options: OpenOptions): Promise<CheckRun> {
  const project = await openProject(options)
  try {
    const { testFiles } = await project.features.globTestFiles()
    const files = testFiles.filter((file) => isFeaturePath(file)).sort()
    const steps = await collectSteps(project.root, files, project.brine.options.language)
    const { probes, places, ...links } = probesOf(steps)
    const stepFiles = await project.brine.stepFiles()
    const found = await dryRun(project, { root: project.root, stepFiles, probes, places })
    return { ...buildReport(steps, links, found), features: files.length }
  } finally {
    await project.close()
  }
}
