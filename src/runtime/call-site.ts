// Finds where a step definition or hook was written: the first stack frame outside brine's runtime.
import { fileURLToPath } from 'node:url'
import { dirname, relative } from 'node:path'

const runtimeDir = dirname(fileURLToPath(import.meta.url))
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
    if (file.startsWith(runtimeDir) || file.startsWith('node:')) continue
    return { uri: toUri(file), line: Number(match[2]), column: Number(match[3]) }
  }
  return { uri: 'unknown', line: 0, column: 0 }
}

export function toUri(file: string): string {
  const rel = relative(process.cwd(), file)
  return (rel.startsWith('..') ? file : rel).split('\\').join('/')
}
