// tempfile: gettempdir, mkdtemp, mkstemp, TemporaryDirectory and NamedTemporaryFile (context
// managers that remove what they made).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { closeSync, mkdtempSync, openSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'
import { TextFile } from './io.js'

function names(args: any[]): { suffix: string; prefix: string; dir: string } {
  const [[suffix = null, prefix = null, dir = null], kwargs] = splitKwargs(args)
  return {
    suffix: kwargs.suffix ?? suffix ?? '',
    prefix: kwargs.prefix ?? prefix ?? 'tmp',
    dir: kwargs.dir ?? dir ?? tmpdir(),
  }
}

function mkdtemp(...args: any[]): string {
  const { suffix, prefix, dir } = names(args)
  const made = mkdtempSync(join(dir, prefix))
  return suffix ? made + suffix : made
}

function mkstemp(...args: any[]): [number, string] {
  const { suffix, prefix, dir } = names(args)
  const file = join(dir, `${prefix}${randomBytes(6).toString('hex')}${suffix}`)
  return [openSync(file, 'wx+'), file]
}

class TemporaryDirectory {
  readonly name: string
  constructor(...args: any[]) {
    this.name = mkdtemp(...args)
  }
  cleanup(): void {
    rmSync(this.name, { recursive: true, force: true })
  }
  __enter__(): string {
    return this.name
  }
  __exit__(): boolean {
    this.cleanup()
    return false
  }
}

class NamedTemporaryFile extends TextFile {
  readonly delete: boolean
  constructor(...args: any[]) {
    const [[mode = 'w+b'], kwargs] = splitKwargs(args)
    const { suffix = '', prefix = 'tmp', dir = tmpdir() } = kwargs
    const [fd, file] = mkstemp(suffix, prefix, dir)
    closeSync(fd)
    super(file, (kwargs.mode ?? mode).replace('b', ''))
    this.delete = kwargs.delete ?? true
  }
  override close(): void {
    super.close()
    if (this.delete) rmSync(this.name, { force: true })
  }
}

export const tempfile = pyModule('tempfile', {
  gettempdir: () => tmpdir(),
  mkdtemp,
  mkstemp,
  TemporaryDirectory,
  NamedTemporaryFile,
  TemporaryFile: NamedTemporaryFile,
})
