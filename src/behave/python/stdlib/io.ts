// io.StringIO and files from open(): text streams with read/readline/readlines/write, iteration by
// line, and `with` support; files are read and written synchronously with node:fs.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { FileNotFoundError, IsADirectoryError, ValueError } from '../errors.js'
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'

/** A text stream held in memory. */
export class StringIO {
  #text: string
  #at = 0
  closed = false

  constructor(initial: any = '') {
    const [[value = '']] = splitKwargs([initial])
    this.#text = String(value ?? '')
  }
  write(s: string): number {
    if (this.closed) throw new ValueError('I/O operation on closed file.')
    this.#text = this.#text.slice(0, this.#at) + s + this.#text.slice(this.#at + s.length)
    this.#at += s.length
    return s.length
  }
  writelines(lines: Iterable<string>): void {
    for (const line of lines) this.write(line)
  }
  read(size = -1): string {
    const end = size === null || size < 0 ? this.#text.length : this.#at + size
    const out = this.#text.slice(this.#at, end)
    this.#at += out.length
    return out
  }
  readline(): string {
    const nl = this.#text.indexOf('\n', this.#at)
    const end = nl < 0 ? this.#text.length : nl + 1
    const out = this.#text.slice(this.#at, end)
    this.#at = end
    return out
  }
  readlines(): string[] {
    const lines: string[] = []
    for (let line = this.readline(); line; line = this.readline()) lines.push(line)
    return lines
  }
  getvalue(): string {
    return this.#text
  }
  seek(position: number): number {
    this.#at = position
    return position
  }
  tell(): number {
    return this.#at
  }
  truncate(size: number | null = null): number {
    this.#text = this.#text.slice(0, size ?? this.#at)
    return this.#text.length
  }
  flush(): void {}
  close(): void {
    this.closed = true
  }
  __enter__(): this {
    return this
  }
  __exit__(): boolean {
    this.close()
    return false
  }
  *[Symbol.iterator](): Generator<string> {
    for (let line = this.readline(); line; line = this.readline()) yield line
  }
}

/** A file opened by open(): the whole text is read at open (or written at close), in memory meanwhile. */
export class TextFile extends StringIO {
  constructor(
    readonly name: string,
    readonly mode: string,
  ) {
    let text = ''
    if (mode.includes('r') || mode.includes('a')) {
      try {
        text = readFileSync(name, 'utf8')
      } catch (error) {
        const code = (error as { code?: string }).code
        if (code === 'EISDIR') throw new IsADirectoryError(21, 'Is a directory', name)
        if (code !== 'ENOENT' || mode.includes('r')) throw new FileNotFoundError(2, 'No such file or directory', name)
      }
    }
    super(text)
    if (mode.includes('a')) this.seek(text.length)
    if (mode.includes('w')) this.#flushTo('')
    else if (mode.includes('x')) closeSync(openSync(name, 'wx'))
  }
  #flushTo(text: string): void {
    const fd = openSync(this.name, 'w')
    try {
      writeSync(fd, text)
    } finally {
      closeSync(fd)
    }
  }
  override flush(): void {
    if (/[wax+]/.test(this.mode)) this.#flushTo(this.getvalue())
  }
  override close(): void {
    if (!this.closed) this.flush()
    super.close()
  }
}

/** open(file, mode='r', encoding=None, …). */
export function open(...args: any[]): TextFile {
  const [positional, kwargs] = splitKwargs(args)
  const [file, mode = kwargs.mode ?? 'r'] = positional
  return new TextFile(String(file?.__fspath__?.() ?? file), mode)
}

export const io = pyModule('io', { StringIO, open, TextIOWrapper: TextFile })
