// The stack a failing scenario shows: the user's frames and the .feature line, without brine's own
// frames or the test runner's. Done here, in the worker, on the error itself, so Vitest's output,
// its JSON and JUnit reports, the IDE and brine's reports (from task meta) all get the same stack.
import { SuiteError } from './errors.js'
import { frameOf, isOwnFile } from './own-frames.js'

type Kind = 'own' | 'tool' | 'native' | 'feature' | 'user' | 'library' | 'text'

// Test-runner and Node internals, as Vitest's own stack filter names them (3.2 and 4.1).
const TOOLS = [
  /^node:/,
  /\/node_modules\/(?:vitest|vite-node|tinypool|tinyspy|chai)\//,
  /\/node_modules\/@vitest\/[^/]+\/dist\//,
  /\/node_modules\/vite\/dist\/node\/module-runner/,
]
const FEATURE = /\.feature(?:\.md)?(?:\?.*)?$/

function kindOf(text: string): Kind {
  const frame = frameOf(text)
  if (!frame) return 'native'
  const file = frame.file.split('\\').join('/')
  if (isOwnFile(frame.file)) return 'own'
  if (TOOLS.some((tool) => tool.test(file))) return 'tool'
  if (FEATURE.test(file)) return 'feature'
  return file.includes('/node_modules/') ? 'library' : 'user'
}

/**
 * Takes brine's and the runner's frames out of `error.stack`, in place, and returns the error.
 * An error from brine itself keeps every frame, so a bug in brine stays debuggable: one with a
 * frame of brine's and none of the user's code (dependencies in node_modules do not count), that
 * is not a SuiteError brine raised about the suite on purpose. `BRINE_STACK=full` keeps them all.
 */
export function cleanStack<E>(error: E): E {
  if (!(error instanceof Error) || process.env.BRINE_STACK === 'full') return error
  const stack = error.stack
  if (typeof stack !== 'string') return error
  const start = framesStart(stack, error.message)
  const frames = stack.slice(start).split('\n')
  const kinds = frames.map((text) => (/^\s*at /.test(text) ? kindOf(text) : 'text'))
  if (!kinds.includes('own') && !kinds.includes('tool')) return error
  if (!(error instanceof SuiteError) && kinds.includes('own') && !kinds.includes('user')) return error
  const kept = frames.filter((_, i) => !inMachinery(kinds, i))
  try {
    error.stack = stack.slice(0, start) + kept.join('\n')
  } catch {
    // A stack that cannot be written stays as it was.
  }
  return error
}

/** Where the frames begin: after the message, which may itself hold lines starting with "at". */
function framesStart(stack: string, message: string): number {
  const at = message ? stack.indexOf(message) : -1
  const end = at >= 0 ? at + message.length : 0
  const newline = stack.indexOf('\n', end)
  return newline >= 0 ? newline : stack.length
}

/** An own or runner frame, or a native one (`new Promise`) in a run of frames holding one of those. */
function inMachinery(kinds: Kind[], i: number): boolean {
  const kind = kinds[i]
  if (kind === 'own' || kind === 'tool') return true
  if (kind !== 'native') return false
  const beside = (step: number) => {
    for (let j = i + step; j >= 0 && j < kinds.length; j += step) {
      if (kinds[j] === 'text') return false
      if (kinds[j] !== 'native') return kinds[j] === 'own' || kinds[j] === 'tool'
    }
    return false
  }
  return beside(-1) || beside(1)
}

/** Ends the stack with the .feature line the error belongs to, unless it already names it. */
export function addFeatureFrame<E>(error: E, file: string, line: number, label: string): E {
  if (!(error instanceof Error) || typeof error.stack !== 'string') return error
  if (!error.stack.includes(`${file}:${line}:`)) error.stack += `\n    at ${label} (${file}:${line}:1)`
  return error
}
