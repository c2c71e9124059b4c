// shouty.js (cucumber-examples/shouty.js): CommonJS, a World that is a plain constructor
// function, state in a module variable reset by a Before hook, one scenario failing on purpose.
// `brine migrate cucumber-js . --verify` runs its cucumber-js 12.9 and the migrated suite; every
// scenario keeps its outcome, and nothing in the project but the new files changes.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { docBlocks } from '../../../scripts/docs/doc-blocks.ts'
import { repoRoot } from '../../support/fixture-project.ts'
import { copyProject, cucumberOutcomes, migrate, snapshot, summary, type CliRun } from './real-project.ts'

const project = copyProject('shouty-js')
let before: Map<string, string>
let run: CliRun

beforeAll(async () => {
  before = snapshot(project.dir)
  run = await migrate(project.dir, ['--verify'])
}, 180_000)
afterAll(() => project.remove())

test('cucumber-js 12.9 and brine give every scenario the same outcome, failing at the same step', async () => {
  const cucumber = (await cucumberOutcomes(project.dir, ['default'])).get('default')!
  expect(summary(cucumber)).toEqual({
    'features/hear_shout.feature:5': 'passed',
    'features/hear_shout.feature:11': 'failed at Then Lucy should hear nothing (line 15)',
  })
  expect(run.stderr).toBe('')
  expect(run.stdout).toContain(`Outcome parity, profile default (cucumber-js 12.9.0 vs brine):
  scenarios         cucumber-js  brine
  passed                      1      1
  failed                      1      1
  compared          2
  same outcome      2
  different         0
  parity            100 %
`)
}, 60_000)

test('the support code is not touched; the config and the report are new', () => {
  const after = snapshot(project.dir)
  for (const [path, text] of before) expect(after.get(path), path).toBe(text)
  expect([...after.keys()].filter((path) => !before.has(path)).sort()).toEqual([
    'migration-report.json',
    'migration-report.md',
    'vitest.config.mjs',
  ])
  // The one option of cucumber.js that has no brine equivalent makes the exit code 1 and is listed.
  expect(run.code).toBe(1)
  expect(readFileSync(join(project.dir, 'migration-report.md'), 'utf8')).toContain(
    "- [ ] cucumber.js:2: formatOptions: snippetInterface, theme: cucumber-js formatter options; brine's reporters and snippets have none of these",
  )
})

test('docs/migrate-cucumber-js.md shows this run: the recordings, and its blocks that name them', async () => {
  // The console block starts with the command typed; the recording is what it printed.
  await expect(`$ npx brine migrate cucumber-js . --verify\n${run.stdout}`).toMatchFileSnapshot(
    '../../../docs/examples/output/migrate-cucumber-js-shouty.txt',
  )
  await expect(readFileSync(join(project.dir, 'vitest.config.mjs'), 'utf8')).toMatchFileSnapshot(
    '../../../docs/examples/output/migrate-cucumber-js-shouty-config.txt',
  )
  const page = readFileSync(join(repoRoot, 'docs/migrate-cucumber-js.md'), 'utf8')
  const all = docBlocks('docs/migrate-cucumber-js.md', page)
  // The page opens with the command this run typed.
  expect(all[0]!.content).toBe('npx brine migrate cucumber-js . --verify')
  const blocks = all.filter((b) => b.marker?.kind === 'output')
  expect(blocks.map((b) => b.marker!.arg)).toEqual([
    'docs/examples/output/migrate-cucumber-js-shouty.txt',
    'docs/examples/output/migrate-cucumber-js-shouty-config.txt',
  ])
  for (const block of blocks) {
    expect(block.content).toBe(readFileSync(join(repoRoot, block.marker!.arg), 'utf8').trimEnd())
  }
})
