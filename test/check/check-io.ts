// Runs the brine CLI in-process on a fixture project and captures what it prints.
import { join } from 'node:path'
import { main } from '../../src/cli/main.ts'
import { filesIn, fixtureProject, repoRoot, type FixtureProject } from '../support/fixture-project.ts'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

export async function brine(project: FixtureProject, ...argv: string[]): Promise<CliRun> {
  let stdout = ''
  let stderr = ''
  const code = await main({
    argv: [...argv, '--root', project.dir],
    cwd: repoRoot,
    env: {},
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  })
  return { code, stdout, stderr }
}

/** A fixture project made of the files under test/fixtures/check/<name>, plus `extra` files. */
export function checkFixture(name: string, extra: Record<string, string> = {}, pluginOptions?: string): FixtureProject {
  const dir = join(repoRoot, 'test/fixtures/check', name)
  const files = filesIn(dir)
  return fixtureProject({ ...files, ...extra }, pluginOptions)
}
