// sys: argv, path (changing it is harmless: imports are resolved by the migration), modules,
// version_info, platform, exit(), and stdout/stderr that print() writes through (so patching
// sys.stdout with a StringIO captures it, as in Python).
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { SystemExit } from '../errors.js'
import { allModules, pyModule } from '../registry.js'

/** A stream that writes whole lines to the console (Vitest shows them with the test). */
class ConsoleStream {
  #pending = ''
  constructor(readonly log: (text: string) => void) {}
  write(text: string): number {
    const lines = (this.#pending + text).split('\n')
    this.#pending = lines.pop()!
    for (const line of lines) this.log(line)
    return text.length
  }
  flush(): void {
    if (this.#pending) this.log(this.#pending)
    this.#pending = ''
  }
  isatty(): boolean {
    return false
  }
}

const stdout = new ConsoleStream((line) => console.log(line))
const stderr = new ConsoleStream((line) => console.error(line))

export const sys = pyModule('sys', {
  argv: ['behave'],
  path: [] as string[],
  get modules() {
    return Object.fromEntries(allModules())
  },
  platform: process.platform === 'win32' ? 'win32' : process.platform,
  version: '3.11.2 (brine/python)',
  version_info: Object.assign([3, 11, 2, 'final', 0], { major: 3, minor: 11, micro: 2 }),
  maxsize: Number.MAX_SAFE_INTEGER,
  stdout: stdout as any,
  stderr: stderr as any,
  // The original streams, to put back after replacing stdout/stderr.
  __stdout__: stdout,
  __stderr__: stderr,
  stdin: { read: () => '', readline: () => '', isatty: () => false } as any,
  exit(code: any = null): never {
    throw new SystemExit(...(code === null ? [] : [code]))
  },
  getrecursionlimit: () => 1000,
  setrecursionlimit: () => {},
  exc_info: () => [null, null, null],
})
