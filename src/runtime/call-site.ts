// Finds where a step definition or hook was written: the first stack frame outside brine's runtime.
import { fileURLToPath } from 'node:url'
import { dirname, join, relative, sep } from 'node:path'

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
  return siteInStack(stack)
}

/** The first frame of `stack` (taken in callSite) outside brine's runtime. */
export function siteInStack(stack: string): CallSite {
  let ownDir: string | undefined
  for (const text of stack.split('\n').slice(1)) {
    const match = frame.exec(text.trim())
    if (!match) continue
    let file = match[1]!
    if (file.startsWith('file://')) file = fileURLToPath(file)
    // The first frame is callSite itself, shown as the other runtime frames are: a source map
    // pointing somewhere else (a package built in one place and installed in another) moves them all.
    ownDir ??= dirname(file) + sep
    if (file.startsWith('node:') || file.startsWith(ownDir) || runtimeDirs.some((dir) => file.startsWith(dir))) {
      continue
    }
    return { uri: toUri(file), line: Number(match[2]), column: Number(match[3]) }
  }
  return { uri: 'unknown', line: 0, column: 0 }
}

function toUri(file: string): string {
  const rel = relative(process.cwd(), file)
  return (rel.startsWith('..') ? file : rel).split('\\').join('/')
}
