// BeforeAll runs once per worker, before the first feature there; AfterAll once when the worker
// ends, from the cleanup list Vitest calls at worker shutdown (see define-feature.ts).
// Both receive the run's context: the worldParameters, as no World exists yet.
import type { HookResult } from '../types/scenario-result.js'
import { errorResult } from './report-values.js'
import type { SupportRegistry } from './support-registry.js'
import { withTimeout } from './with-timeout.js'
import { removeWorkerTmpDir } from './worker.js'
import { StepTimeoutError } from './errors.js'
import type { HookDefinition } from './hook-definition.js'
import { prefixMessage } from './error-text.js'
import { cleanStack } from './clean-stack.js'

/** What BeforeAll and AfterAll hooks receive. */
export interface RunContext {
  parameters: Record<string, unknown>
}

let beforeAll: Promise<HookResult[]> | undefined
let failure: unknown
let context: RunContext = { parameters: {} }

/** Runs the BeforeAll hooks the first time it is called in a worker; rethrows their failure after. */
export async function ensureBeforeAll(
  registry: SupportRegistry,
  timeout: number,
  parameters: Record<string, unknown> = {},
): Promise<HookResult[]> {
  if (!beforeAll) context = { parameters }
  beforeAll ??= runWorkerHooks(registry.hooksOf('BeforeAll'), timeout, true)
  const results = await beforeAll
  if (failure) throw failure
  return results
}

export async function runAfterAll(registry: SupportRegistry, timeout: number): Promise<void> {
  try {
    if (beforeAll) {
      await beforeAll
      // The first AfterAll hook to fail, named by its label, with its own stack.
      failure = undefined
      await runWorkerHooks(registry.hooksOf('AfterAll'), timeout, false)
      if (failure) throw failure
    }
  } finally {
    beforeAll = undefined
    failure = undefined
    removeWorkerTmpDir()
  }
}

async function runWorkerHooks(
  hooks: HookDefinition[],
  defaultTimeout: number,
  stopOnFailure: boolean,
): Promise<HookResult[]> {
  const results: HookResult[] = []
  for (const hook of hooks) {
    const record: HookResult = {
      kind: hook.kind,
      uri: hook.site.uri,
      line: hook.site.line,
      status: 'passed',
      duration: 0,
    }
    results.push(record)
    const started = performance.now()
    const timeout = hook.options.timeout ?? defaultTimeout
    try {
      await withTimeout(
        () => hook.fn(context),
        timeout,
        () => new StepTimeoutError(hook.label, hook.site.uri, timeout),
      )
    } catch (error) {
      record.status = 'failed'
      record.error = errorResult(cleanStack(error))
      prefixMessage(error, `${hook.label} failed: `)
      failure ??= error
      if (stopOnFailure) break
    } finally {
      record.duration = performance.now() - started
    }
  }
  return results
}
