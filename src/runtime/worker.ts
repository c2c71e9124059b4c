// What belongs to the worker rather than to one scenario: its id and its temp directory.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

let dir: string | undefined

/** Vitest's pool id (VITEST_POOL_ID): 1..maxThreads, stable for the worker's lifetime. */
export function workerId(): number {
  return Number(process.env.VITEST_POOL_ID ?? 1)
}

/** A temp directory for this worker, made on first use and removed when the worker ends. */
export function workerTmpDir(): string {
  dir ??= mkdtempSync(join(tmpdir(), `brine-worker-${workerId()}-`))
  return dir
}

export function removeWorkerTmpDir(): void {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
}
