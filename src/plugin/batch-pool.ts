// The features project's pool under Vitest 3.2 (`test.pool: <this module>`, Vitest's custom-pool API):
// Vitest's own thread worker, as its `threads` pool runs it, but handed several feature files per task
// instead of one. Each file is still its own Vitest file (own task tree, report, filters, `file:line`,
// `-t` and `.only` scope, mocks restored after it); what a task costs (a message channel and RPC pair,
// the serialized config, worker state, runner and environment set-up) is paid per batch.
import { readFile } from 'node:fs/promises'
import { availableParallelism } from 'node:os'
import { resolve } from 'node:path'
import { MessageChannel } from 'node:worker_threads'
import { createBirpc } from 'birpc'
import Tinypool from 'tinypool'
import type { ProcessPool, TestProject, TestSpecification, Vitest, WorkerContext } from 'vitest/node'
import { createMethodsRPC } from 'vitest/node'

interface PoolProcessOptions {
  execArgv: string[]
  env: Record<string, string>
}

type Method = 'run' | 'collect'
type FileSpec = { filepath: string; testLocations: number[] | undefined }
type Environment = WorkerContext['environment']

/** How many files an idle worker takes: guided self-scheduling, big batches first and small ones at the end. */
export function batchSize(remaining: number, threads: number): number {
  return Math.max(1, Math.ceil(remaining / (2 * threads)))
}

/**
 * The environment Vitest 3.2 gives a test file (its `groupFilesByEnv`): a `@vitest-environment`
 * comment in the file, else the project's. (brine keeps Vitest's own pool for a project with
 * `environmentMatchGlobs` or `testTransformMode`, which this does not read: see vitest-config.ts.)
 */
export function environmentOf(code: string, projectEnvironment: string | undefined): Environment {
  const name = /@(?:vitest|jest)-environment\s+([\w-]+)\b/.exec(code)?.[1] ?? projectEnvironment ?? 'node'
  let json = /@(?:vitest|jest)-environment-options\s+(.+)/.exec(code)?.[1]
  if (json?.endsWith('*/')) json = json.slice(0, -2)
  const options = JSON.parse(json || 'null') as Record<string, unknown> | null
  const key = name === 'happy-dom' ? 'happyDOM' : name
  return { name, transformMode: undefined, options: options ? { [key]: options } : null } as Environment
}

// Vitest loads a custom pool per test run; one Tinypool per Vitest instance serves them all.
const pools = new WeakMap<Vitest, ProcessPool>()

export default function createBatchPool(vitest: Vitest, options: PoolProcessOptions): ProcessPool {
  let pool = pools.get(vitest)
  if (!pool) pools.set(vitest, (pool = batchPool(vitest, options)))
  return pool
}

function batchPool(vitest: Vitest, { execArgv, env }: PoolProcessOptions): ProcessPool {
  // The thread count Vitest's threads pool would use (createThreadsPool in Vitest 3.2).
  const threadsOptions = vitest.config.poolOptions?.threads ?? {}
  const cpus = availableParallelism()
  const fallback = vitest.config.watch ? Math.max(Math.floor(cpus / 2), 1) : Math.max(cpus - 1, 1)
  let maxThreads = Number(threadsOptions.maxThreads ?? vitest.config.maxWorkers ?? fallback)
  let minThreads = Number(threadsOptions.minThreads ?? vitest.config.minWorkers ?? Math.min(fallback, maxThreads))
  if (threadsOptions.singleThread || !vitest.config.fileParallelism) maxThreads = minThreads = 1
  const tinypool = new Tinypool({
    filename: resolve(vitest.distPath, 'worker.js'),
    teardown: 'teardown',
    useAtomics: threadsOptions.useAtomics ?? false,
    maxThreads,
    minThreads,
    env,
    execArgv: [...(threadsOptions.execArgv ?? []), ...execArgv],
    terminateTimeout: vitest.config.teardownTimeout,
    concurrentTasksPerWorker: 1,
  })
  let taskId = 0
  const cancelling = () => (vitest as { isCancelling?: boolean }).isCancelling === true

  async function runBatch(
    method: Method,
    project: TestProject,
    files: FileSpec[],
    environment: Environment,
    invalidates: string[],
  ): Promise<void> {
    const paths = files.map((f) => f.filepath)
    vitest.state.clearFiles(project, paths)
    const channel = new MessageChannel()
    const port = channel.port2
    const rpc = createBirpc<{ onCancel: (reason: string) => void }, ReturnType<typeof createMethodsRPC>>(
      createMethodsRPC(project, { collect: method === 'collect' }),
      {
        eventNames: ['onCancel'],
        post: (message) => port.postMessage(message),
        on: (listener) => port.on('message', listener),
        onTimeoutError(name) {
          throw new Error(`[brine pool]: Timeout calling "${name}"`)
        },
      },
    )
    vitest.onCancel((reason) => rpc.onCancel(reason))
    // runBaseTests resets the module graph before each file when it sees an isolated threads config.
    const config = { ...project.serializedConfig, pool: 'threads' }
    const context: WorkerContext = {
      pool: 'threads',
      worker: resolve(vitest.distPath, 'workers/threads.js'),
      port: channel.port1,
      config,
      files,
      invalidates,
      environment,
      workerId: ++taskId,
      projectName: project.name,
      providedContext: project.getProvidedContext(),
    }
    try {
      await tinypool.run(context, {
        transferList: [channel.port1],
        name: method,
        channel: { onClose: () => (port.close(), channel.port1.close()) },
      })
    } catch (error) {
      const message = error instanceof Error ? error.message : ''
      if (/Failed to terminate worker/.test(message)) {
        vitest.state.addProcessTimeoutCause(`Failed to terminate worker while running ${paths.join(', ')}.`)
      } else if (cancelling() && /The task has been cancelled/.test(message)) {
        vitest.state.cancelFiles(paths, project)
      } else throw error
    }
  }

  const runWith =
    (method: Method) =>
    async (specs: TestSpecification[], invalidates: string[] = []): Promise<void> => {
      // Vitest drops its cancel listeners when a run starts: one for each run.
      vitest.onCancel(() => tinypool.cancelPendingTasks())
      // Files share a task only within one project and environment, as in Vitest's threads pool.
      const queues = new Map<string, { project: TestProject; environment: Environment; files: FileSpec[] }>()
      const codes = await Promise.all(specs.map((spec) => readFile(spec.moduleId, 'utf8')))
      for (const [i, spec] of specs.entries()) {
        const environment = environmentOf(codes[i]!, spec.project.config.environment)
        const key = `${spec.project.name}\0${environment.name}\0${JSON.stringify(environment.options)}`
        let queue = queues.get(key)
        if (!queue) queues.set(key, (queue = { project: spec.project, environment, files: [] }))
        queue.files.push({ filepath: spec.moduleId, testLocations: spec.testLines })
      }
      const errors: unknown[] = []
      for (const { project, environment, files } of queues.values()) {
        let next = 0
        const worker = async () => {
          while (next < files.length) {
            // A cancelled run (--bail, Ctrl-C) starts no more batches: their files are cancelled, as
            // Vitest cancels the tasks still queued in its pool.
            if (cancelling()) {
              vitest.state.cancelFiles(
                files.slice(next).map((f) => f.filepath),
                project,
              )
              next = files.length
              break
            }
            const batch = files.slice(next, (next += batchSize(files.length - next, maxThreads)))
            await runBatch(method, project, batch, environment, invalidates).catch((error) => errors.push(error))
          }
        }
        await Promise.all(Array.from({ length: maxThreads }, worker))
        // As Vitest's non-isolated threads pool: the next group (and the next run) starts on fresh workers.
        await tinypool.recycleWorkers()
      }
      if (errors.length > 0) {
        throw new AggregateError(
          errors,
          'Errors occurred while running tests. For more information, see serialized error.',
        )
      }
    }

  return {
    name: 'brine-batch',
    runTests: runWith('run'),
    collectTests: runWith('collect'),
    close: () => tinypool.destroy(),
  }
}
