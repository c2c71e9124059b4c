// Which scenario started the code that is running now. Each scenario runs inside an
// AsyncLocalStorage scope that timers and promises inherit, so an error they throw, or a
// process.exit() they call, names the scenario; while it still runs, the scenario fails at once.
import { AsyncLocalStorage } from 'node:async_hooks'
import { suffixMessage } from './error-text.js'
import { SuiteError } from './errors.js'

export interface ScenarioScope {
  /** How messages name the scenario: `"Add one item" (features/cart.feature:12)`. */
  readonly label: string
  /** Set while the scenario runs: fails it with an error that escaped the step awaiting it. */
  interrupt: ((error: Error) => void) | undefined
}

// Per worker, not per module instance: a worker that loads the runtime again (isolated files,
// watch re-runs) must not stack up listeners or wrap process.exit twice.
const shared = ((globalThis as Record<symbol, unknown>)[Symbol.for('brine.scenarioScope')] ??= {
  storage: new AsyncLocalStorage<ScenarioScope>(),
  installed: false,
}) as { storage: AsyncLocalStorage<ScenarioScope>; installed: boolean }
const storage = shared.storage

/** Runs `fn` (a scenario) inside `scope`; the scope stops interrupting when `fn` settles. */
export async function runInScenarioScope<T>(scope: ScenarioScope, fn: () => Promise<T>): Promise<T> {
  installHandlers()
  try {
    return await storage.run(scope, fn)
  } finally {
    scope.interrupt = undefined
  }
}

/** The scope of the scenario that started the running code, if any. */
export function currentScenarioScope(): ScenarioScope | undefined {
  return storage.getStore()
}

/** The ways user code can end a worker thread (or, for abort, the whole process). */
const EXITS = ['exit', 'reallyExit', 'abort'] as const

export class ProcessExitError extends SuiteError {
  constructor(
    readonly code: unknown,
    scope: ScenarioScope,
    method: (typeof EXITS)[number] = 'exit',
  ) {
    super(`process.${method}(${code === undefined ? '' : String(code)}) was called in scenario ${scope.label}`)
    this.name = 'ProcessExitError'
  }
}

/** Once per worker: the process-wide listeners that attribute stray errors and exits. */
function installHandlers(): void {
  if (shared.installed) return
  shared.installed = true
  // Typed loosely: Node's overloads admit one event name per call.
  const events = process as unknown as {
    prependListener(event: string, listener: (...args: unknown[]) => void): void
    off(event: string, listener: (...args: unknown[]) => void): void
  }
  for (const event of ['unhandledRejection', 'uncaughtException']) {
    const listener = (error: unknown) => {
      if (delivered.has(error as object)) return
      const scope = storage.getStore()
      if (scope?.interrupt && error instanceof Error) {
        suffixMessage(error, `\n    (thrown outside its step, in scenario ${scope.label})`)
        delivered.add(error)
        scope.interrupt(error)
        return
      }
      if (scope) suffixMessage(error, `\n    (started by scenario ${scope.label}, after it had finished)`)
      // Vitest reports an unhandled error only while it is the sole listener: step aside for the
      // rest of this emission (Node calls the listeners it had when the emission began).
      events.off(event, listener)
      queueMicrotask(() => events.prependListener(event, listener))
    }
    // Prepended so the message names the scenario before anyone else sees the error.
    events.prependListener(event, listener)
  }
  // Inside a scenario, exiting would end the worker and every feature queued on it (Vitest 3.2
  // then waits for it forever): it becomes an error of that scenario instead. Outside one, the
  // original function (Vitest's own process.exit guard, for one) stays in charge.
  const target = process as unknown as Record<(typeof EXITS)[number], (code?: unknown) => never>
  for (const method of EXITS) {
    const original = target[method]
    if (typeof original !== 'function') continue
    target[method] = function brineExit(code?: unknown): never {
      const scope = storage.getStore()
      if (!scope) return original.call(process, code)
      const error = new ProcessExitError(code, scope, method)
      if (scope.interrupt) {
        delivered.add(error)
        scope.interrupt(error)
      }
      throw error
    }
  }
}

/** Errors that already failed the scenario they came from. */
const delivered = new WeakSet<object>()
