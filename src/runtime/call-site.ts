// Finds where a step definition or hook was written: the first stack frame outside brine's runtime.
import { relative } from 'node:path'
import { frameOf, isOwnFile, ownDirsBeside } from './own-frames.js'

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
  return siteInStack(stack)
}

/** The first frame of `stack` (taken in callSite) outside brine's runtime. */
export function siteInStack(stack: string): CallSite {
  let shownDirs: string[] | undefined
  for (const text of stack.split('\n').slice(1)) {
    const frame = frameOf(text)
    if (!frame) continue
    // The first frame is callSite itself, shown as the other runtime frames are: a source map
    // pointing somewhere else (a package built in one place and installed in another) moves them all.
    shownDirs ??= ownDirsBeside(frame.file)
    const { file } = frame
    if (file.startsWith('node:') || isOwnFile(file) || shownDirs.some((dir) => file.startsWith(dir))) continue
    return { uri: toUri(file), line: frame.line, column: frame.column }
  }
  return { uri: 'unknown', line: 0, column: 0 }
}

function toUri(file: string): string {
  const rel = relative(process.cwd(), file)
  return (rel.startsWith('..') ? file : rel).split('\\').join('/')
}
