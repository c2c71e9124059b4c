// shutil: rmtree, copy/copy2/copyfile, copytree, move and which, on node:fs.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import * as fs from 'node:fs'
import { basename, delimiter, join } from 'node:path'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'
import { osCall } from './os.js'

const fspath = (p: any): string => String(typeof p?.__fspath__ === 'function' ? p.__fspath__() : p)
const target = (src: string, dst: string) =>
  fs.existsSync(dst) && fs.statSync(dst).isDirectory() ? join(dst, basename(src)) : dst

function copy(src: any, dst: any): string {
  const to = target(fspath(src), fspath(dst))
  osCall(() => fs.copyFileSync(fspath(src), to), src)
  return to
}

export const shutil = pyModule('shutil', {
  rmtree(...args: any[]): void {
    const [[p, ignore = false], kwargs] = splitKwargs(args)
    if (kwargs.ignore_errors ?? ignore) fs.rmSync(fspath(p), { recursive: true, force: true })
    else osCall(() => fs.rmSync(fspath(p), { recursive: true }), p)
  },
  copy,
  copy2: copy,
  copyfile: (src: any, dst: any) => {
    osCall(() => fs.copyFileSync(fspath(src), fspath(dst)), src)
    return fspath(dst)
  },
  copytree: (src: any, dst: any) => {
    osCall(() => fs.cpSync(fspath(src), fspath(dst), { recursive: true, errorOnExist: true, force: false }), src)
    return fspath(dst)
  },
  move: (src: any, dst: any) => {
    const to = target(fspath(src), fspath(dst))
    osCall(() => fs.renameSync(fspath(src), to), src)
    return to
  },
  which: (name: string) => {
    for (const dir of (process.env.PATH ?? '').split(delimiter)) {
      const file = join(dir, name)
      try {
        fs.accessSync(file, fs.constants.X_OK)
        return file
      } catch {
        continue
      }
    }
    return null
  },
})
