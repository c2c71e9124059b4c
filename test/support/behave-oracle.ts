// Compares what brine's behave dialect reads from .feature files with behave 1.2.6's own dry run
// (`behave --dry-run -f json`, stored by test/fixtures/real/behave/dry-run.py): per file, every
// scenario behave runs with its name, line, effective tags and steps (keyword, type, text, line,
// doc string lines, table). Also used to check a stored oracle against a fresh one.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildFeatureData } from '../../src/compile/build-feature-data.ts'
import { parseFeature } from '../../src/compile/parse-feature.ts'
import type { StepType } from '../../src/types/feature-data.ts'

interface OracleStep {
  keyword: string
  type: string
  text: string
  line: number
  docString?: string[]
  table?: { headings: string[]; rows: string[][] }
}

interface OracleScenario {
  name: string
  line: number
  tags: string[]
  steps: OracleStep[]
}

/** One file as behave reads it: its scenarios, or the error behave stopped with. */
export type OracleFile = { scenarios: OracleScenario[] } | { error: string }

interface BehaveStepJson {
  keyword: string
  step_type: string
  name: string
  location: string
  /** A doc string's lines; one line is written as a plain string. */
  text?: string[] | string
  table?: { headings: string[]; rows: string[][] }
}
interface BehaveElementJson {
  type: string
  name: string
  tags: string[]
  location: string
  steps?: BehaveStepJson[]
}
interface BehaveFeatureJson {
  tags: string[]
  elements?: BehaveElementJson[]
}
export type DryRunJson = Record<string, BehaveFeatureJson[] | { behave_error: string }>

const lineOf = (location: string) => Number(location.slice(location.lastIndexOf(':') + 1))

/** The scenarios behave's dry-run JSON lists for one file. */
export function fromDryRun(entry: DryRunJson[string]): OracleFile {
  if (!Array.isArray(entry)) return { error: entry.behave_error }
  const scenarios: OracleScenario[] = []
  for (const feature of entry) {
    for (const element of feature.elements ?? []) {
      if (element.type !== 'scenario') continue
      scenarios.push({
        name: element.name,
        line: lineOf(element.location),
        tags: [...feature.tags, ...element.tags],
        steps: (element.steps ?? []).map((step) => ({
          keyword: step.keyword,
          type: step.step_type,
          text: step.name,
          line: lineOf(step.location),
          ...(step.text !== undefined ? { docString: [step.text].flat() } : {}),
          ...(step.table ? { table: step.table } : {}),
        })),
      })
    }
  }
  return { scenarios }
}

const BEHAVE_TYPE: Record<StepType, string> = { Context: 'given', Action: 'when', Outcome: 'then', Unknown: '?' }

/** The same for brine: the behave dialect's FeatureData of one file. */
export function fromBrine(source: string, uri: string): OracleFile {
  let feature
  try {
    feature = buildFeatureData(parseFeature(source, uri, 'en', undefined, 'behave'))
  } catch (error) {
    return { error: (error as Error).message }
  }
  const scenarios = [...(feature?.scenarios ?? []), ...(feature?.rules.flatMap((r) => r.scenarios) ?? [])]
  return {
    scenarios: scenarios.map((scenario) => ({
      name: scenario.name,
      line: scenario.line,
      tags: scenario.tags.map((tag) => tag.slice(1)),
      steps: scenario.steps.map((step) => {
        const [headings, ...rows] = step.dataTable ?? []
        return {
          keyword: step.keyword.trim(),
          type: BEHAVE_TYPE[step.type],
          text: step.text,
          line: step.line,
          ...(step.docString?.content ? { docString: jsonLines(step.docString.content) } : {}),
          ...(headings ? { table: { headings, rows } } : {}),
        }
      }),
    })),
  }
}

/** behave's JSON formatter writes a doc string as Python's `text.splitlines()`. */
function jsonLines(text: string): string[] {
  // eslint-disable-next-line no-control-regex -- Python's line boundaries include \x1c-\x1e
  const lines = text.split(/\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/)
  if (lines.length > 1 && lines.at(-1) === '') lines.pop()
  return lines
}

const dryRunScript = fileURLToPath(new URL('../fixtures/real/behave/dry-run.py', import.meta.url))
const BEHAVE = '/usr/bin/behave'

/** Whether behave 1.2.6 (Debian's python3-behave) is here to run. */
export function behaveInstalled(): boolean {
  if (!existsSync(BEHAVE)) return false
  try {
    return execFileSync(BEHAVE, ['--version'], { encoding: 'utf8' }).includes('1.2.6')
  } catch {
    return false
  }
}

/** Runs dry-run.py afresh over `root` (only `dirs` under it, if given) and returns its JSON. */
export function liveDryRun(root: string, dirs: readonly string[] = []): DryRunJson {
  const out = mkdtempSync(join(tmpdir(), 'brine-oracle-'))
  try {
    execFileSync('/usr/bin/python3', [dryRunScript, root, join(out, 'dry-run.json'), ...dirs], { stdio: 'pipe' })
    return JSON.parse(readFileSync(join(out, 'dry-run.json'), 'utf8')) as DryRunJson
  } finally {
    rmSync(out, { recursive: true, force: true })
  }
}
