// Reads stack frames and tells brine's own apart: the worker-side code (runtime, behave, cucumber, as
// source or as the dist/ build) wherever the package is installed and wherever its source maps
// place those files.
import { fileURLToPath } from 'node:url'
import { dirname, join, sep } from 'node:path'

export interface Frame {
  /** A file path (file: URLs are converted), or `node:…` for Node's own modules. */
  file: string
  line: number
  column: number
}

const LOCATION = /\(?((?:file:\/\/)?[^\s()]+?):(\d+):(\d+)\)?$/

/** The location of one line of a V8 stack (`at fn (file:line:col)` or `at file:line:col`), if it has one. */
export function frameOf(text: string): Frame | undefined {
  const match = LOCATION.exec(text.trim())
  if (!match) return undefined
  let file = match[1]!
  if (file.startsWith('file://')) file = fileURLToPath(file)
  return { file, line: Number(match[2]), column: Number(match[3]) }
}

/** The folders of brine's worker-side code next to `file`, one of its modules as a stack shows it. */
export function ownDirsBeside(file: string): string[] {
  const root = dirname(dirname(file))
  return ['runtime', 'behave', 'cucumber'].map((dir) => join(root, dir) + sep)
}

let ownDirs: string[] | undefined

function dirs(): string[] {
  if (ownDirs) return ownDirs
  // The package's src/ and dist/ folders, and this module's folder as stack traces show it: a
  // source map can move the runtime's frames elsewhere (a package built in one folder and
  // installed in another).
  const packageRoot = dirname(dirname(dirname(fileURLToPath(import.meta.url))))
  const shown = frameOf(new Error().stack?.split('\n')[1] ?? '')?.file
  ownDirs = [
    ...ownDirsBeside(join(packageRoot, 'src', 'runtime', 'x')),
    ...ownDirsBeside(join(packageRoot, 'dist', 'runtime', 'x')),
    ...(shown && !shown.startsWith('node:') ? ownDirsBeside(shown) : []),
  ]
  return ownDirs
}

/** Whether `file` is one of brine's worker-side modules. */
export function isOwnFile(file: string): boolean {
  return dirs().some((dir) => file.startsWith(dir))
}
