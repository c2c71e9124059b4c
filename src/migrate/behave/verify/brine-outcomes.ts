// What the migrated suite makes of each scenario: `vitest run` in the brine project with Vitest's
// JSON reporter, each test's brine meta (uri, line, step results) read into ScenarioOutcomes.
import { execFile } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import type { ScenarioResult } from '../../../types/scenario-result.js'
import { firstLine, type Outcome, type ScenarioOutcome } from './scenario-outcome.js'

interface VitestAssertion {
  title: string
  status: string
  failureMessages?: string[]
  meta?: { brine?: ScenarioResult }
}
export interface VitestReport {
  testResults: { name: string; status?: string; message?: string; assertionResults: VitestAssertion[] }[]
}

export interface BrineRun {
  outcomes: ScenarioOutcome[]
  /** Test files that failed before any test ran (an import that throws, a feature that does not parse). */
  fileErrors: { file: string; message: string }[]
}

/** Runs the project's own Vitest in `root` and reads its JSON report. */
export async function runVitest(root: string, env: Record<string, string> = {}): Promise<VitestReport> {
  const vitest = vitestEntry(root)
  const dir = mkdtempSync(join(tmpdir(), 'brine-verify-'))
  const out = join(dir, 'vitest.json')
  try {
    await new Promise<void>((done, fail) => {
      execFile(
        process.execPath,
        [vitest, 'run', '--reporter=json', `--outputFile=${out}`],
        { cwd: root, env: { ...process.env, CI: '1', ...env }, timeout: 1_200_000, maxBuffer: 256 * 1024 * 1024 },
        (error, _stdout, stderr) => {
          // Failing tests make Vitest exit 1; only a missing report means it could not run.
          if (!existsSync(out)) fail(new Error(`vitest run failed: ${stderr || error?.message || 'no report'}`))
          else done()
        },
      )
    })
    return JSON.parse(readFileSync(out, 'utf8')) as VitestReport
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function vitestEntry(root: string): string {
  try {
    const require = createRequire(join(root, 'package.json'))
    return join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs')
  } catch {
    throw new Error(`vitest is not installed in ${root}: npm install --save-dev vitest`)
  }
}

export function brineOutcomes(report: VitestReport): BrineRun {
  const outcomes: ScenarioOutcome[] = []
  const fileErrors: BrineRun['fileErrors'] = []
  for (const file of report.testResults) {
    if (file.assertionResults.length === 0 && file.message)
      fileErrors.push({ file: file.name, message: firstLine(file.message) ?? file.message })
    for (const test of file.assertionResults) {
      const result = test.meta?.brine
      if (!result) continue
      const scenario: ScenarioOutcome = {
        key: `${result.uri}:${result.line}`,
        name: result.name,
        outcome: outcomeOf(result, test.status),
      }
      const deciding = result.steps.find((s) => s.status === 'failed' || s.status === 'undefined')
      const hook = result.hooks.find((h) => h.status === 'failed')
      if (scenario.outcome === 'failed' || scenario.outcome === 'undefined') {
        if (deciding) scenario.step = `${deciding.line}: ${deciding.keyword.trim()} ${deciding.text}`
        else if (hook) scenario.step = `${hook.kind} hook (${hook.uri}:${hook.line})`
        const message = firstLine(deciding?.error?.message ?? hook?.error?.message ?? test.failureMessages?.[0])
        if (message) scenario.message = message
      }
      outcomes.push(scenario)
    }
  }
  return { outcomes, fileErrors }
}

function outcomeOf(result: ScenarioResult, status: string): Outcome {
  if (result.status === 'undefined') return 'undefined'
  if (result.status === 'passed' && status === 'passed') return 'passed'
  if (result.status === 'failed' || result.status === 'ambiguous' || status === 'failed') return 'failed'
  // pending (a step left for a person) and skipped scenarios did not run to the end.
  return 'skipped'
}
