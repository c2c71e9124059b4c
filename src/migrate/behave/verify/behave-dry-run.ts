// Asks real behave which definition each step binds to: `behave --dry-run -f json` in the source
// project (no step code runs), read into StepBindings.
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { StepBinding } from './step-binding.js'

interface BehaveStep {
  name: string
  location: string
  match?: { location: string; arguments?: { name?: string; value: unknown }[] }
}
interface BehaveElement {
  type: string
  steps?: BehaveStep[]
}
interface BehaveFeature {
  location: string
  elements?: BehaveElement[]
}

export class BehaveUnavailable extends Error {
  override name = 'BehaveUnavailable'
}

/** Runs behave's dry run in `project`; rejects with BehaveUnavailable when behave is not on PATH. */
export async function behaveBindings(
  project: string,
  behave = 'behave',
  env: Record<string, string> = {},
): Promise<StepBinding[]> {
  const dir = mkdtempSync(join(tmpdir(), 'brine-verify-'))
  const out = join(dir, 'behave.json')
  try {
    const args = ['--dry-run', '--format', 'json', '--outfile', out, '--no-summary', '--no-snippets', '--no-color']
    await new Promise<void>((done, fail) => {
      execFile(
        behave,
        args,
        {
          cwd: project,
          // A dry run leaves the project as it was: no __pycache__ folders.
          env: { ...process.env, PYTHONDONTWRITEBYTECODE: '1', ...env },
          timeout: 120_000,
          maxBuffer: 64 * 1024 * 1024,
        },
        (error, _stdout, stderr) => {
          if (error && 'code' in error && error.code === 'ENOENT')
            fail(new BehaveUnavailable(`${behave} is not on PATH`))
          // A dry run with undefined steps exits 1; only a missing report is a failure.
          else if (error && !readable(out)) fail(new Error(`behave --dry-run failed: ${stderr || error.message}`))
          else done()
        },
      )
    })
    return fromBehaveJson(JSON.parse(readFileSync(out, 'utf8')) as BehaveFeature[])
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function readable(path: string): boolean {
  try {
    return readFileSync(path, 'utf8').length > 0
  } catch {
    return false
  }
}

export function fromBehaveJson(features: readonly BehaveFeature[]): StepBinding[] {
  const out: StepBinding[] = []
  for (const feature of features) {
    for (const element of feature.elements ?? []) {
      // The background element repeats inside every scenario; count its steps there.
      if (element.type === 'background') continue
      for (const step of element.steps ?? []) {
        const [uri, line] = splitLocation(step.location)
        out.push({
          uri,
          line,
          text: step.name,
          origin: step.match?.location ?? null,
          args: (step.match?.arguments ?? []).map((a) => ({
            ...(a.name === undefined ? {} : { name: a.name }),
            value: a.value,
          })),
        })
      }
    }
  }
  return out
}

function splitLocation(location: string): [string, number] {
  const at = location.lastIndexOf(':')
  return [location.slice(0, at), Number(location.slice(at + 1))]
}
