// The GitHub workflow docs/reports.md shows (docs/examples/ci/features.yml) does what it says: its
// Vitest commands, run here on the shop example, shard the features into blob reports and merge
// them into every report.
import { cpSync, existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { exec } from 'node:child_process'
import { promisify } from 'node:util'
import { parse } from 'yaml'
import { afterAll, expect, test } from 'vitest'
import { repoRoot } from '../support/fixture-project.ts'
import { linkedProject } from '../support/linked-project.ts'

interface Job {
  strategy?: { matrix: { shard: number[] } }
  steps: { run?: string }[]
}
const workflow = parse(readFileSync(join(repoRoot, 'docs/examples/ci/features.yml'), 'utf8')) as {
  jobs: Record<string, Job>
}
const vitestRuns = (job: Job) => job.steps.map((s) => s.run?.trim()).filter((run) => run?.startsWith('npx vitest'))

const project = linkedProject({ built: true })
cpSync(join(repoRoot, 'docs/examples/shop'), project.dir, { recursive: true })
afterAll(() => project.remove())
const run = (command: string) => promisify(exec)(command, { cwd: project.dir, env: { ...process.env, CI: '1' } })

test('each shard runs its share into a blob report; the merge job writes every report', async () => {
  const { features, reports } = workflow.jobs
  const shards = features!.strategy!.matrix.shard
  expect(shards).toEqual([1, 2, 3, 4])
  for (const shard of shards) {
    for (const command of vitestRuns(features!)) await run(command!.replaceAll('${{ matrix.shard }}', String(shard)))
  }
  const merge = vitestRuns(reports!)
  expect(merge).toHaveLength(1)
  await run(merge[0]!.replace(/\s+/g, ' '))
  for (const file of ['cucumber-messages.ndjson', 'cucumber.json', 'cucumber.html', 'rerun.txt', 'junit.xml']) {
    expect(existsSync(join(project.dir, 'reports', file)), file).toBe(true)
  }
  // Every scenario of the four features is in the merged report, once.
  const json = JSON.parse(project.read('reports/cucumber.json')) as { elements: unknown[] }[]
  expect(json.flatMap((feature) => feature.elements)).toHaveLength(8)
}, 300_000)
