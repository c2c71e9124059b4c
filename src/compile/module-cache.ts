// Compiled feature modules on disk, so a repeat run skips parsing. An entry is keyed by a hash of
// the feature text, every option that shapes the output, brine's version and the compiler's own
// files (a changed compiler never reads modules an older one wrote). Entries are written to a
// temp file and renamed, so parallel runs sharing the directory never see half a file.
import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { tempPath } from '../files/write-atomic.js'
import type { GeneratedModule } from './generate-module.js'

const compileDir = dirname(fileURLToPath(import.meta.url))
let fingerprint: string | undefined

/** brine's version plus a hash of the compiler's files, computed once per process. */
export function compilerFingerprint(): string {
  if (fingerprint) return fingerprint
  const hash = createHash('sha256')
  const pkg = JSON.parse(readFileSync(join(compileDir, '../../package.json'), 'utf8')) as { version: string }
  hash.update(pkg.version)
  // Recursive: the behave dialect's parser lives in compile/behave.
  for (const file of readdirSync(compileDir, { recursive: true, encoding: 'utf8' }).sort()) {
    if (/\.(?:[cm]?[jt]s)$/.test(file)) hash.update(file).update(readFileSync(join(compileDir, file)))
  }
  fingerprint = `${pkg.version}-${hash.digest('hex').slice(0, 16)}`
  return fingerprint
}

export class ModuleCache {
  /** Names of the entries on disk, listed once: a miss then costs no failed read. */
  private entries: Set<string> | undefined
  private readonly writes = new Set<Promise<void>>()

  /** `dir` is where entries live; undefined turns the cache off. */
  constructor(readonly dir: string | undefined) {}

  key(source: string, options: unknown): string {
    return createHash('sha256')
      .update(compilerFingerprint())
      .update('\0')
      .update(JSON.stringify(options))
      .update('\0')
      .update(source)
      .digest('hex')
  }

  get(key: string): GeneratedModule | undefined {
    if (!this.dir || !this.listing().has(`${key}.json`)) return undefined
    try {
      return JSON.parse(readFileSync(join(this.dir, `${key}.json`), 'utf8')) as GeneratedModule
    } catch {
      // Removed since the listing, or unreadable: compile again.
      return undefined
    }
  }

  /**
   * Stores a module without waiting for the disk, so compiling the next feature is not held up;
   * a write cut short by the process ending only costs a compile next time.
   */
  set(key: string, module: GeneratedModule): void {
    if (!this.dir) return
    this.listing()
    const file = join(this.dir, `${key}.json`)
    const temp = tempPath(file)
    const write = writeFile(temp, JSON.stringify(module))
      .then(() => rename(temp, file))
      .then(() => void this.entries?.add(`${key}.json`))
      // A read-only or full disk costs speed, never a run.
      .catch(() => undefined)
      .finally(() => this.writes.delete(write))
    this.writes.add(write)
  }

  /** Resolves when every write started so far has finished. */
  async flush(): Promise<void> {
    await Promise.all([...this.writes])
  }

  private listing(): Set<string> {
    if (this.entries) return this.entries
    try {
      this.entries = new Set(readdirSync(this.dir!))
    } catch {
      this.entries = new Set()
      try {
        mkdirSync(this.dir!, { recursive: true })
      } catch {
        // Unwritable: every write will fail quietly.
      }
    }
    return this.entries
  }
}
