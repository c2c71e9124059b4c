// os and os.path on node:fs and node:path (POSIX semantics): the environment (os.environ is the
// process's), files and directories, walk, and path manipulation.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import * as fs from 'node:fs'
import { homedir } from 'node:os'
import * as nodePath from 'node:path'
import { randomBytes } from 'node:crypto'
import { FileExistsError, FileNotFoundError, OSError } from '../errors.js'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'

const fspath = (p: any): string => String(typeof p?.__fspath__ === 'function' ? p.__fspath__() : p)

/** Node's fs errors as Python's OSError subclasses, with errno and file name. */
export function osCall<T>(f: () => T, file?: any): T {
  try {
    return f()
  } catch (error) {
    const e = error as NodeJS.ErrnoException
    const name = file === undefined ? [] : [fspath(file)]
    if (e.code === 'ENOENT') throw new FileNotFoundError(2, 'No such file or directory', ...name)
    if (e.code === 'EEXIST') throw new FileExistsError(17, 'File exists', ...name)
    if (e.code) throw new OSError(-(e.errno ?? 1), e.message, ...name)
    throw error
  }
}

const exists = (p: any) => fs.existsSync(fspath(p))
const stat = (p: any) => {
  try {
    return fs.statSync(fspath(p))
  } catch {
    return undefined
  }
}

export const path = pyModule('os.path', {
  sep: '/',
  join: (...parts: any[]) => {
    let out = ''
    for (const part of parts.map(fspath))
      out = part.startsWith('/') || !out ? part : out.endsWith('/') ? out + part : `${out}/${part}`
    return out
  },
  exists,
  lexists: exists,
  isfile: (p: any) => stat(p)?.isFile() ?? false,
  isdir: (p: any) => stat(p)?.isDirectory() ?? false,
  islink: (p: any) => {
    try {
      return fs.lstatSync(fspath(p)).isSymbolicLink()
    } catch {
      return false
    }
  },
  isabs: (p: any) => fspath(p).startsWith('/'),
  abspath: (p: any) => nodePath.resolve(fspath(p)),
  realpath: (p: any) => (exists(p) ? fs.realpathSync(fspath(p)) : nodePath.resolve(fspath(p))),
  normpath: (p: any) => nodePath.normalize(fspath(p)).replace(/(.)\/$/, '$1'),
  relpath: (p: any, start: any = process.cwd()) =>
    nodePath.relative(nodePath.resolve(fspath(start)), nodePath.resolve(fspath(p))) || '.',
  dirname: (p: any) => {
    const s = fspath(p)
    const at = s.lastIndexOf('/')
    return at < 0 ? '' : s.slice(0, at).replace(/\/+$/, '') || (at === 0 ? '/' : s.slice(0, at))
  },
  basename: (p: any) => fspath(p).slice(fspath(p).lastIndexOf('/') + 1),
  split: (p: any) => {
    const s = fspath(p)
    const at = s.lastIndexOf('/') + 1
    return [s.slice(0, at).replace(/(.)\/+$/, '$1'), s.slice(at)]
  },
  splitext: (p: any) => {
    const s = fspath(p)
    const base = s.slice(s.lastIndexOf('/') + 1)
    const dot = base.lastIndexOf('.')
    if (dot <= 0 || /^\.+$/.test(base.slice(0, dot + 1))) return [s, '']
    return [s.slice(0, s.length - base.length + dot), base.slice(dot)]
  },
  expanduser: (p: any) => fspath(p).replace(/^~(?=$|\/)/, homedir()),
  expandvars: (p: any) => fspath(p).replace(/\$(\w+)|\$\{(\w+)\}/g, (m, a, b) => process.env[a ?? b] ?? m),
  getsize: (p: any) => osCall(() => fs.statSync(fspath(p)).size, p),
  getmtime: (p: any) => osCall(() => fs.statSync(fspath(p)).mtimeMs / 1000, p),
  commonprefix: (paths: string[]) => {
    if (!paths.length) return ''
    let prefix = paths[0]!
    for (const p of paths) while (!p.startsWith(prefix)) prefix = prefix.slice(0, -1)
    return prefix
  },
})

function makedirs(...args: any[]): void {
  const [[name, mode], { exist_ok = false }] = splitKwargs(args)
  void mode
  if (!exist_ok && exists(name)) throw new FileExistsError(17, 'File exists', fspath(name))
  osCall(() => fs.mkdirSync(fspath(name), { recursive: true }), name)
}

function* walk(top: any): Generator<[string, string[], string[]]> {
  const root = fspath(top)
  let entries: fs.Dirent[]
  try {
    entries = fs.readdirSync(root, { withFileTypes: true })
  } catch {
    return
  }
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name)
  const files = entries.filter((e) => !e.isDirectory()).map((e) => e.name)
  yield [root, dirs, files]
  for (const d of dirs) yield* walk(path.join(root, d))
}

/**
 * os.environ: the process's environment, seen as a dict. process.env itself is not a plain object
 * (its prototype is not Object's), so brine/python would not take it for a dict (`.get`, `in`, items).
 */
const environ: Record<string, string> = new Proxy(Object.create(null), {
  get: (_target, key) => (typeof key === 'string' ? process.env[key] : undefined),
  set: (_target, key, value) => typeof key === 'string' && Reflect.set(process.env, key, String(value)),
  has: (_target, key) => typeof key === 'string' && Object.hasOwn(process.env, key),
  deleteProperty: (_target, key) => typeof key === 'string' && Reflect.deleteProperty(process.env, key),
  ownKeys: () => Object.keys(process.env),
  getOwnPropertyDescriptor: (_target, key) =>
    typeof key === 'string' && Object.hasOwn(process.env, key)
      ? { value: process.env[key], writable: true, enumerable: true, configurable: true }
      : undefined,
})

export const os = pyModule('os', {
  path,
  sep: '/',
  linesep: '\n',
  pathsep: ':',
  curdir: '.',
  pardir: '..',
  name: 'posix',
  environ,
  getenv: (key: string, fallback: any = null) => process.env[key] ?? fallback,
  putenv: (key: string, value: string) => void (process.env[key] = value),
  getcwd: () => process.cwd(),
  chdir: (p: any) => osCall(() => process.chdir(fspath(p)), p),
  listdir: (p: any = '.') => osCall(() => fs.readdirSync(fspath(p)), p),
  mkdir: (p: any) => osCall(() => fs.mkdirSync(fspath(p)), p),
  makedirs,
  remove: (p: any) => osCall(() => fs.unlinkSync(fspath(p)), p),
  unlink: (p: any) => osCall(() => fs.unlinkSync(fspath(p)), p),
  rmdir: (p: any) => osCall(() => fs.rmdirSync(fspath(p)), p),
  removedirs: (p: any) => osCall(() => fs.rmdirSync(fspath(p)), p),
  rename: (a: any, b: any) => osCall(() => fs.renameSync(fspath(a), fspath(b)), a),
  replace: (a: any, b: any) => osCall(() => fs.renameSync(fspath(a), fspath(b)), a),
  walk,
  stat: (p: any) => {
    const s = osCall(() => fs.statSync(fspath(p)), p)
    return { st_size: s.size, st_mtime: s.mtimeMs / 1000, st_mode: s.mode, st_ctime: s.ctimeMs / 1000 }
  },
  getpid: () => process.pid,
  cpu_count: () => 2,
  urandom: (n: number) => [...randomBytes(n)],
  fspath,
})
