// The test module `brine check` runs in a Vitest worker of the features project: it imports the
// step files as features do (which registers their definitions), matches the provided steps and
// stores the outcome in its task meta. No step function and no hook is called.
import { relative } from 'node:path'
import { inject, test, vi } from 'vitest'
import { supportRegistry } from '../runtime/support-registry.js'
import { matchProbes } from './match-probes.js'
import { DRY_RUN_KEY } from './probe-types.js'

test('brine check', async ({ task }) => {
  const input = inject(DRY_RUN_KEY)
  // In order, one at a time: the order in which definitions register is the order features see.
  // Through Vitest's module runner, as a feature module's imports go, even when this file itself
  // was loaded by Node (installed brine lives in node_modules, which Vitest leaves to Node).
  for (const file of input.stepFiles) {
    try {
      await vi.importActual(file)
    } catch (error) {
      // The one line brine check prints names the file; the error's own stack follows it.
      // A compile error comes from the main process as a plain object, not an Error.
      const { message = String(error), stack = message, loc } = (error ?? {}) as ErrorLike
      const uri = relative(input.root, file).split('\\').join('/')
      const line = `${uri} failed to load: ${headline(message, loc).split(`${input.root}/`).join('')}`
      throw Object.assign(new Error(line, { cause: error }), { stack: `${line}\n\n${stack}` })
    }
  }
  task.meta[DRY_RUN_KEY] = await matchProbes(supportRegistry(), input.probes, input.root, input.dialect, input.places)
})

interface ErrorLike {
  message?: string
  stack?: string
  /** Where a compiler (Vite's esbuild or oxc transform) found the problem. */
  loc?: { file?: string; line?: number; column?: number }
}

/**
 * The gist of an error message on one line: its first line, past a compiler's "Transform failed
 * with 1 error:", and where the compiler found the problem when that line does not say (from the
 * error's loc, or from its code frame: oxc writes `╭─[ steps/a.ts:3:1 ]` below the message).
 */
function headline(text: string, loc: ErrorLike['loc']): string {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  const first = lines.find((line) => !/^Transform failed with \d+ errors?:$/.test(line)) ?? text
  if (/:\d+:\d+/.test(first)) return first
  const where =
    loc?.file && loc.line !== undefined ? `${loc.file}:${loc.line}:${loc.column ?? 0}` : PLACE.exec(text)?.[0]
  return where ? `${first} (${where})` : first
}

const PLACE = /[^\s[\]()'"]+\.[cm]?[jt]sx?:\d+:\d+/
