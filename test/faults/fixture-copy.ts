// Copies a project under test/fixtures/faults into a fresh fixture project, with extra files.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fixtureProject, repoRoot, type FixtureProject } from '../support/fixture-project.ts'

export function faultProject(name: string, extra: Record<string, string> = {}, pluginOptions = '{}'): FixtureProject {
  const root = join(repoRoot, 'test/fixtures/faults', name)
  const files: Record<string, string> = {}
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const path = join(dir, entry)
      if (statSync(path).isDirectory()) walk(path)
      else files[relative(root, path)] = readFileSync(path, 'utf8')
    }
  }
  walk(root)
  return fixtureProject({ ...files, ...extra }, pluginOptions)
}
