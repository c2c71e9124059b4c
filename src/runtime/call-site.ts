// Finds where a step definition or hook was written: the first stack frame outside brine's runtime.
import { fileURLToPath } from 'node:url'
import { dirname, join, relative } from 'node:path'

// The runtime's own frames may show as dist/runtime or, through its source maps, as src/runtime.
const packageRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))))
const runtimeDirs = [join(packageRoot, 'dist', 'runtime'), join(packageRoot, 'src', 'runtime')]
const frame = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?$/

export interface CallSite {
  /** Path relative to the working directory, forward slashes. */
  uri: string
  line: number
  column: number
}

export function callSite(): CallSite {
  const limit = Error.stackTraceLimit
  Error.stackTraceLimit = 12
  const stack = new Error().stack ?? ''
  Error.stackTraceLimit = limit
  for (const text of stack.split('\n').slice(1)) {
    const match = frame.exec(text.trim())
    if (!match) continue
    let file = match[1]!
    if (file.startsWith('file://')) file = fileURLToPath(file)
    if (file.startsWith('node:') || runtimeDirs.some((dir) => file.startsWith(dir))) continue
    return { uri: toUri(file), line: Number(match[2]), column: Number(match[3]) }
  }
  return { uri: 'unknown', line: 0, column: 0 }
}

export function toUri(file: string): string {
  const rel = relative(process.cwd(), file)
  return (rel.startsWith('..') ? file : rel).split('\\').join('/')
}
