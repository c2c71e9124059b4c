// traceback: the text of an exception (its JavaScript stack, which names the translated file and
// the Python file's line through source maps), for format_exc/print_exc in except clauses.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { pyModule } from '../registry.js'
import { sys } from './sys.js'

let current: unknown = null

/** The exception an `except` clause is handling (the translation records it). */
export function handling(error: unknown): void {
  current = error
}

const text = (e: any) => (e instanceof Error ? `${e.stack ?? `${e.name}: ${e.message}`}\n` : 'NoneType: None\n')

export const traceback = pyModule('traceback', {
  format_exc: () => text(current),
  print_exc: () => void sys.stderr.write(text(current)),
  format_exception: (e: any) => [text(e)],
  print_exception: (e: any) => void sys.stderr.write(text(e)),
  format_exception_only: (e: any) => [`${e?.name}: ${e?.message}\n`],
})
