// Copies a project under test/fixtures/faults into a fresh fixture project, with extra files.
import { join } from 'node:path'
import { filesIn, fixtureProject, repoRoot, type FixtureProject } from '../support/fixture-project.ts'

export function faultProject(name: string, extra: Record<string, string> = {}, pluginOptions = '{}'): FixtureProject {
  const root = join(repoRoot, 'test/fixtures/faults', name)
  const files = filesIn(root)
  return fixtureProject({ ...files, ...extra }, pluginOptions)
}
