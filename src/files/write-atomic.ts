// Writes a file whole or not at all: a temp file in the same folder, then a rename, so a crash or a
// process reading at the same time never sees half a file. Node side only.
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

let temps = 0

/** A temp file next to `path`, unique to this write: writes that overlap never share one. */
export function tempPath(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}-${++temps}.tmp`)
}

export function writeAtomic(path: string, content: string): void {
  mkdirSync(dirname(path), { recursive: true })
  const temp = tempPath(path)
  try {
    writeFileSync(temp, content)
    renameSync(temp, path)
  } catch (error) {
    rmSync(temp, { force: true })
    throw error
  }
}
