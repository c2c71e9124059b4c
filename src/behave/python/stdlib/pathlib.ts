// pathlib.Path (and PurePath): the / operator, parts, and the file operations on node:fs.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import * as fs from 'node:fs'
import { homedir } from 'node:os'
import * as nodePath from 'node:path'
import { FileExistsError } from '../errors.js'
import { splitKwargs } from '../kwargs.js'
import { PyObject } from '../object.js'
import { pyModule } from '../registry.js'
import { repr } from '../text.js'
import { open } from './io.js'
import { osCall, path as osPath } from './os.js'

class Path extends PyObject {
  readonly #path: string
  constructor(...parts: any[]) {
    super()
    const joined = parts.length ? osPath.join(...parts.map(String)) : '.'
    this.#path = joined === '' ? '.' : nodePath.normalize(joined).replace(/(.)\/$/, '$1')
  }
  static cwd(): Path {
    return new Path(process.cwd())
  }
  static home(): Path {
    return new Path(homedir())
  }
  __fspath__(): string {
    return this.#path
  }
  override toString(): string {
    return this.#path
  }
  __str__(): string {
    return this.#path
  }
  __repr__(): string {
    return `PosixPath(${repr(this.#path)})`
  }
  __eq__(other: any): boolean {
    return other instanceof Path && other.#path === this.#path
  }
  __hash__(): number {
    return this.#path.length
  }
  __truediv__(other: any): Path {
    return new Path(this.#path, String(other))
  }
  __rtruediv__(other: any): Path {
    return new Path(String(other), this.#path)
  }
  joinpath(...parts: any[]): Path {
    return new Path(this.#path, ...parts.map(String))
  }
  get name(): string {
    return osPath.basename(this.#path)
  }
  get suffix(): string {
    return osPath.splitext(this.name)[1] as string
  }
  get suffixes(): string[] {
    return this.name
      .replace(/^\.+/, '')
      .split('.')
      .slice(1)
      .map((s) => '.' + s)
  }
  get stem(): string {
    return osPath.splitext(this.name)[0] as string
  }
  get parent(): Path {
    return new Path(nodePath.dirname(this.#path))
  }
  get parents(): Path[] {
    const out: Path[] = []
    let p = this.parent
    while (!out.length || String(out.at(-1)) !== String(p)) {
      out.push(p)
      p = p.parent
    }
    return out
  }
  get parts(): string[] {
    const parts = this.#path.split('/').filter(Boolean)
    return this.#path.startsWith('/') ? ['/', ...parts] : parts
  }
  with_suffix(suffix: string): Path {
    return new Path(nodePath.dirname(this.#path), this.stem + suffix)
  }
  with_name(name: string): Path {
    return new Path(nodePath.dirname(this.#path), name)
  }
  is_absolute(): boolean {
    return this.#path.startsWith('/')
  }
  resolve(): Path {
    return new Path(osPath.realpath(this.#path))
  }
  absolute(): Path {
    return new Path(nodePath.resolve(this.#path))
  }
  relative_to(other: any): Path {
    return new Path(nodePath.relative(String(other), this.#path))
  }
  as_posix(): string {
    return this.#path
  }
  expanduser(): Path {
    return new Path(osPath.expanduser(this.#path))
  }
  exists(): boolean {
    return fs.existsSync(this.#path)
  }
  is_file(): boolean {
    return osPath.isfile(this.#path)
  }
  is_dir(): boolean {
    return osPath.isdir(this.#path)
  }
  mkdir(...args: any[]): void {
    const [, { parents = false, exist_ok = false }] = splitKwargs(args)
    if (fs.existsSync(this.#path)) {
      if (exist_ok) return
      throw new FileExistsError(17, 'File exists', this.#path)
    }
    osCall(() => fs.mkdirSync(this.#path, { recursive: parents }), this.#path)
  }
  rmdir(): void {
    osCall(() => fs.rmdirSync(this.#path), this.#path)
  }
  unlink(...args: any[]): void {
    const [, { missing_ok = false }] = splitKwargs(args)
    if (missing_ok && !fs.existsSync(this.#path)) return
    osCall(() => fs.unlinkSync(this.#path), this.#path)
  }
  touch(): void {
    fs.closeSync(fs.openSync(this.#path, 'a'))
  }
  read_text(): string {
    return osCall(() => fs.readFileSync(this.#path, 'utf8'), this.#path)
  }
  write_text(text: string): number {
    osCall(() => fs.writeFileSync(this.#path, text), this.#path)
    return text.length
  }
  read_bytes(): number[] {
    return [...osCall(() => fs.readFileSync(this.#path), this.#path)]
  }
  open(mode = 'r'): any {
    return open(this.#path, mode)
  }
  iterdir(): Path[] {
    return osCall(() => fs.readdirSync(this.#path), this.#path).map((n) => new Path(this.#path, n))
  }
  /** The paths a pattern matches, segment by segment (`*`, `?`, and `**` for this and every subfolder). */
  glob(pattern: string): Path[] {
    let found: Path[] = [this]
    for (const segment of pattern.split('/').filter(Boolean)) {
      if (segment === '**') {
        found = found.flatMap((p) => [p, ...p.#folders()])
        continue
      }
      const re = globPart(segment)
      found = found.flatMap((p) => (p.is_dir() ? p.iterdir().filter((c) => re.test(c.name)) : []))
    }
    return found
  }
  rglob(pattern: string): Path[] {
    return this.glob(`**/${pattern}`)
  }
  #folders(): Path[] {
    return this.iterdir()
      .filter((p) => p.is_dir() && !fs.lstatSync(String(p)).isSymbolicLink())
      .flatMap((p) => [p, ...p.#folders()])
  }
  stat(): any {
    const s = osCall(() => fs.statSync(this.#path), this.#path)
    return { st_size: s.size, st_mtime: s.mtimeMs / 1000, st_mode: s.mode }
  }
}

const globPart = (segment: string) =>
  new RegExp(
    '^' +
      segment
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.') +
      '$',
  )

export const pathlib = pyModule('pathlib', { Path, PurePath: Path, PosixPath: Path, PurePosixPath: Path })
