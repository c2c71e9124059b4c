// Real public behave projects migrated with no manual edit, every scenario's outcome compared with
// behave 1.2.6's: run live where /usr/bin/behave is installed (and checked against the recorded
// results), read from behave-results/ (make-results.sh) elsewhere. Also: every generated file
// parses, every test file loads, and each step binds to the definition behave binds it to.
import { existsSync, readFileSync } from 'node:fs'
import { relative } from 'node:path'
import ts from 'typescript'
import { afterAll, describe, expect, test } from 'vitest'
import { behaveOutcomes, runBehave, type BehaveFeature } from '../../../src/migrate/behave/verify/behave-outcomes.ts'
import { fromBehaveJson } from '../../../src/migrate/behave/verify/behave-dry-run.ts'
import { brineBindings } from '../../../src/migrate/behave/verify/brine-bindings.ts'
import { brineOutcomes, runVitest } from '../../../src/migrate/behave/verify/brine-outcomes.ts'
import { compareOutcomes, outcomeTable } from '../../../src/migrate/behave/verify/outcome-parity.ts'
import { compareBindings, parityTable } from '../../../src/migrate/behave/verify/parity.ts'
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
  /** Scenarios (uri:line) whose outcome differs from behave's, each for a reason given here. */
  differs: Record<string, string>
}

const CASES: Case[] = [
  { project: 'cucumber-basket', root: '.', features: 'features', differs: {} },
  { project: 'try-behave', root: '.', features: 'features', differs: {} },
  { project: 'behave-example', root: '.', features: 'features', differs: {} },
  { project: 'behave-example', root: '.', features: 'datatype.features', differs: {} },
  { project: 'behave-example', root: '.', features: 'step_matcher.features', differs: {} },
  { project: 'shxl', root: 'backend', features: 'features', env: { CI: 'true' }, differs: {} },
]

const hasBehave = existsSync(BEHAVE)
const copies: string[] = []
// BRINE_KEEP_COPIES=1 keeps the migrated copies to look at (their paths are printed).
afterAll(() => (process.env.BRINE_KEEP_COPIES ? console.log(copies.join('\n')) : copies.forEach(removeCopy)))

describe.each(CASES)('$project ($features)', (suite) => {
  test('the migrated suite parses, loads, binds and ends each scenario as behave 1.2.6 does', async () => {
    const dir = suiteCopy(suite)
    copies.push(dir)
    const recorded = recordedResults(suite) as BehaveFeature[]
    let behave = behaveOutcomes(recorded)
    if (hasBehave) {
      const live = behaveOutcomes(await runBehave(dir, BEHAVE, [], suite.env))
      // The recording is what behave does today.
      expect(live).toEqual(behave)
      behave = live
    } else console.warn(`${BEHAVE} is not installed: compared with the recorded results in behave-results/`)
    expect(behave.length).toBeGreaterThan(0)

    const migration = await migrate(dir, suite)
    expect(migration.out).not.toMatch(/could not|Error/)

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
