// What real behave makes of each scenario: `behave -f json` in the source project (the steps run),
// read into ScenarioOutcomes. The JSON may also come from a recorded run.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BehaveUnavailable } from './behave-dry-run.js'
import { firstLine, type Outcome, type ScenarioOutcome } from './scenario-outcome.js'

interface BehaveStep {
  name: string
  keyword?: string
  location: string
  result?: { status: string; error_message?: string | string[] }
}
interface BehaveElement {
  type: string
  name?: string
  location: string
  status?: string
  steps?: BehaveStep[]
}
export interface BehaveFeature {
  location: string
  elements?: BehaveElement[]
}

/** Runs behave in `project` (`args` select the features); resolves to its JSON report. */
export async function runBehave(
  project: string,
  behave = 'behave',
  args: readonly string[] = [],
  env: Record<string, string> = {},
): Promise<BehaveFeature[]> {
  const dir = mkdtempSync(join(tmpdir(), 'brine-verify-'))
  const out = join(dir, 'behave.json')
  try {
    const argv = ['--format', 'json', '--outfile', out, '--no-summary', '--no-snippets', '--no-color', '--no-junit']
    await new Promise<void>((done, fail) => {
      execFile(
        behave,
        [...argv, ...args],
        {
          cwd: project,
          env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env },
          timeout: 600_000,
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, _stdout, stderr) => {
          if (error && 'code' in error && error.code === 'ENOENT')
            fail(new BehaveUnavailable(`${behave} is not on PATH`))
          // Failing scenarios make behave exit 1; only a missing report means it could not run.
          else if (error && !hasReport(out)) fail(new Error(`behave failed: ${stderr || error.message}`))
          else done()
        },
      )
    })
    return JSON.parse(readFileSync(out, 'utf8')) as BehaveFeature[]
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function hasReport(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').length > 0
  } catch {
    return false
  }
}

export function behaveOutcomes(features: readonly BehaveFeature[]): ScenarioOutcome[] {
  const out: ScenarioOutcome[] = []
  for (const feature of features) {
    for (const element of feature.elements ?? []) {
      // The background element repeats inside every scenario.
      if (element.type === 'background') continue
      const steps = element.steps ?? []
      const statuses = steps.map((s) => s.result?.status ?? 'skipped')
      const deciding = steps.find((s) => s.result?.status === 'failed' || s.result?.status === 'undefined')
      const outcome = outcomeOf(element.status, statuses)
      const scenario: ScenarioOutcome = { key: element.location, name: element.name ?? '', outcome }
      // behave marks a step it found no definition for as undefined without a result.
      const undefinedStep = deciding ?? steps.find((s) => !s.result && outcome === 'undefined')
      if (undefinedStep && outcome !== 'passed' && outcome !== 'skipped') {
        scenario.step = `${lineOf(undefinedStep.location)}: ${undefinedStep.keyword ?? ''} ${undefinedStep.name}`.trim()
        const error = undefinedStep.result?.error_message
        const message = firstLine(Array.isArray(error) ? error.join('\n') : error)
        if (message) scenario.message = message
      }
      out.push(scenario)
    }
  }
  return out
}

function outcomeOf(status: string | undefined, steps: string[]): Outcome {
  if (steps.includes('failed')) return 'failed'
  // behave 1.2.6 marks a scenario with an undefined step failed; the step says why.
  if (steps.includes('undefined') || status === 'undefined') return 'undefined'
  if (status === 'failed') return 'failed'
  if (status === 'passed' || (steps.length > 0 && steps.every((s) => s === 'passed'))) return 'passed'
  return 'skipped'
}

const lineOf = (location: string) => location.slice(location.lastIndexOf(':') + 1)
