// Real public behave projects migrated with no manual edit, every scenario's outcome compared with
// behave 1.2.6's: run live where /usr/bin/behave is installed (and checked against the recorded
// results), read from behave-results/ (make-results.sh) elsewhere. Also: every generated file
// parses, every test file loads, and each step binds to the definition behave binds it to.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, test } from 'vitest'
import { behaveOutcomes, runBehave, type BehaveFeature } from '../../../src/migrate/behave/verify/behave-outcomes.ts'
import { fromBehaveJson } from '../../../src/migrate/behave/verify/behave-dry-run.ts'
import { brineBindings } from '../../../src/migrate/behave/verify/brine-bindings.ts'
import { brineOutcomes, runVitest } from '../../../src/migrate/behave/verify/brine-outcomes.ts'
import { compareOutcomes, outcomeTable } from '../../../src/migrate/behave/verify/outcome-parity.ts'
import { compareBindings, parityTable } from '../../../src/migrate/behave/verify/parity.ts'
import { verifyBehave } from '../../../src/migrate/behave/verify/verify.ts'
import { docBlocks } from '../../../scripts/docs/doc-blocks.ts'
import { repoRoot } from '../../support/fixture-project.ts'
import {
  BEHAVE,
  generatedFiles,
  migrate,
  recordedResults,
  removeCopy,
  suiteCopy,
  type BehaveSuite,
} from '../../support/behave-projects.ts'

interface Case extends BehaveSuite {
  /** What docs/migrate-behave.md's table says: scenarios behave runs, definitions, the report's TODOs. */
  counts: { scenarios: number; definitions: number; todos: number }
  /** Python modules the suite imports beyond behave's own, with the Debian package that has them. */
  needs?: Record<string, string>
  /** Scenarios (uri:line) whose outcome differs from behave's, each for a reason given here. */
  differs: Record<string, string>
}

const CASES: Case[] = [
  {
    project: 'cucumber-basket',
    root: '.',
    features: 'features',
    counts: { scenarios: 11, definitions: 12, todos: 0 },
    differs: {},
  },
  {
    project: 'try-behave',
    root: '.',
    features: 'features',
    counts: { scenarios: 11, definitions: 21, todos: 5 },
    differs: {},
  },
  {
    project: 'behave-example',
    root: '.',
    features: 'features',
    needs: { hamcrest: 'python3-hamcrest' },
    counts: { scenarios: 24, definitions: 31, todos: 0 },
    differs: {},
  },
  {
    project: 'behave-example',
    root: '.',
    features: 'datatype.features',
    needs: { hamcrest: 'python3-hamcrest' },
    counts: { scenarios: 12, definitions: 16, todos: 0 },
    differs: {},
  },
  {
    project: 'behave-example',
    root: '.',
    features: 'step_matcher.features',
    needs: { hamcrest: 'python3-hamcrest' },
    counts: { scenarios: 11, definitions: 17, todos: 0 },
    differs: {},
  },
  {
    project: 'shxl',
    root: 'backend',
    features: 'features',
    env: { CI: 'true' },
    counts: { scenarios: 470, definitions: 1283, todos: 2 },
    differs: {},
  },
]

const hasBehave = existsSync(BEHAVE)
const pythonHas = (module: string) => spawnSync('python3', ['-c', `import ${module}`]).status === 0
const copies: string[] = []
// BRINE_KEEP_COPIES=1 keeps the migrated copies to look at (their paths are printed).
afterAll(() => (process.env.BRINE_KEEP_COPIES ? console.log(copies.join('\n')) : copies.forEach(removeCopy)))

describe.each(CASES)('$project ($features)', (suite) => {
  test('the migrated suite parses, loads, binds and ends each scenario as behave 1.2.6 does', async () => {
    const dir = suiteCopy(suite)
    copies.push(dir)
    const recorded = recordedResults(suite) as BehaveFeature[]
    let behave = behaveOutcomes(recorded)
    const missing = Object.entries(suite.needs ?? {}).filter(([module]) => !pythonHas(module))
    if (hasBehave && missing.length)
      console.warn(
        `behave cannot run ${suite.project} without ${missing.map(([, p]) => p).join(', ')}: compared with the recorded results`,
      )
    if (hasBehave && !missing.length) {
      const live = behaveOutcomes(await runBehave(dir, BEHAVE, [], suite.env))
      // The recording is what behave does today.
      expect(live).toEqual(behave)
      behave = live
    } else console.warn(`${BEHAVE} is not installed: compared with the recorded results in behave-results/`)
    expect(behave.length).toBe(suite.counts.scenarios)

    const migration = await migrate(dir, suite)
    const { totals } = JSON.parse(readFileSync(join(dir, 'migration-report.json'), 'utf8')) as {
      totals: { definitions: number; todos: number; errors: number }
    }
    expect(totals).toMatchObject({ definitions: suite.counts.definitions, todos: suite.counts.todos, errors: 0 })
    expect(migration.code).toBe(suite.counts.todos ? 1 : 0)

    // Every generated file parses.
    const syntax = generatedFiles(dir).flatMap((file) => {
      const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
      const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics
      return diagnostics.map((d) => `${relative(dir, file)}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    })
    expect(syntax).toEqual([])

    // Each step binds as in behave (behave's run reports its matches as its dry run does).
    const bindings = compareBindings(fromBehaveJson(recorded), await brineBindings(dir))
    expect(bindings.differences, parityTable(bindings)).toEqual([])

    const brine = brineOutcomes(await runVitest(dir))
    const parity = compareOutcomes(behave, brine)
    console.log(`${suite.project} (${suite.features})\n${outcomeTable(parity)}`)
    expect(parity.fileErrors).toEqual([])
    const differing = Object.fromEntries(parity.differences.map((d) => [d.key, suite.differs[d.key] ?? 'unexpected']))
    expect(differing, outcomeTable(parity)).toEqual(suite.differs)
  }, 600_000)
})

// docs/migrate-behave.md shows a real run: this one. Every recorded block there must equal its file.
describe.skipIf(!hasBehave)(`docs/migrate-behave.md's run (needs ${BEHAVE})`, () => {
  test('try-behave migrated, verified and its TODOs, as the page shows them', async () => {
    const suite = CASES.find((c) => c.project === 'try-behave')!
    const dir = suiteCopy(suite)
    copies.push(dir)
    const migration = await migrate(dir, suite)
    expect(migration.code).toBe(1)
    await expect(migration.out).toMatchFileSnapshot('../../../docs/examples/output/migrate-try-behave.txt')
    let verified = ''
    const io = { argv: [], cwd: dir, env: { ...process.env, BRINE_BEHAVE: BEHAVE } }
    const code = await verifyBehave(dir, dir, { ...io, stdout: (t) => (verified += t), stderr: (t) => (verified += t) })
    expect(code).toBe(0)
    await expect(verified).toMatchFileSnapshot('../../../docs/examples/output/verify-try-behave.txt')
    const report = readFileSync(join(dir, 'migration-report.md'), 'utf8')
    await expect(report.slice(report.indexOf('## TODOs'))).toMatchFileSnapshot(
      '../../../docs/examples/output/todos-try-behave.md',
    )

    const page = readFileSync(join(repoRoot, 'docs/migrate-behave.md'), 'utf8')
    const blocks = docBlocks('docs/migrate-behave.md', page).filter((b) => b.marker?.kind === 'output')
    expect(blocks.map((b) => b.marker!.arg)).toEqual(
      expect.arrayContaining([
        'docs/examples/output/migrate-try-behave.txt',
        'docs/examples/output/verify-try-behave.txt',
        'docs/examples/output/todos-try-behave.md',
      ]),
    )
    for (const block of blocks)
      expect(block.content, block.marker!.arg).toBe(readFileSync(join(repoRoot, block.marker!.arg), 'utf8').trimEnd())
  }, 600_000)
})
