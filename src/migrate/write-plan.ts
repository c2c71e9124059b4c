// Writes a migration's planned files: never over an existing file unless forced, each one
// atomically (a temp file in the same folder, then rename), so a crash never leaves half a file.
import { existsSync } from 'node:fs'
import { relative } from 'node:path'
import { writeAtomic } from '../files/write-atomic.js'
import type { PlannedFile } from './migration.js'

export interface PlanEntry {
  path: string
  action: 'create' | 'overwrite' | 'skip'
}

/** What writing `files` would do: create new files; overwrite existing ones only with `force`. */
export function planWrites(files: readonly PlannedFile[], force: boolean): PlanEntry[] {
  return files.map((f) => ({ path: f.path, action: !existsSync(f.path) ? 'create' : force ? 'overwrite' : 'skip' }))
}

/** Writes the files the plan creates or overwrites; returns the plan. */
export function writePlan(files: readonly PlannedFile[], force: boolean): PlanEntry[] {
  const plan = planWrites(files, force)
  files.forEach((file, i) => {
    if (plan[i]!.action !== 'skip') writeAtomic(file.path, file.content)
  })
  return plan
}

/** One line per planned file, paths relative to `cwd`. */
export function describePlan(plan: readonly PlanEntry[], cwd: string): string {
  const label = { create: 'create   ', overwrite: 'overwrite', skip: 'exists   ' }
  return plan
    .map(
      (e) =>
        `  ${label[e.action]} ${relative(cwd, e.path)}${e.action === 'skip' ? '  (kept; --force overwrites)' : ''}\n`,
    )
    .join('')
}
