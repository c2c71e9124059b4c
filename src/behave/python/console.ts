// print() and input() through the `builtins` module object, so patch('builtins.input') and
// patch('sys.stdout') change what migrated code sees, as they do in Python.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { EOFError } from './errors.js'
import { splitKwargs } from './kwargs.js'
import { pyModule } from './registry.js'
import { open } from './stdlib/io.js'
import { sys } from './stdlib/sys.js'
import { str } from './text.js'

export const builtins = pyModule('builtins', {
  print(...args: any[]): void {
    const [values, kwargs] = splitKwargs(args)
    const file = kwargs.file ?? sys.stdout
    const sep = kwargs.sep ?? ' '
    const end = kwargs.end ?? '\n'
    file.write(values.map(str).join(sep === null ? ' ' : sep) + (end === null ? '\n' : end))
    if (kwargs.flush) file.flush?.()
  },
  input(prompt: any = ''): string {
    if (prompt) sys.stdout.write(str(prompt))
    const line = sys.stdin.readline()
    if (!line) throw new EOFError('EOF when reading a line')
    return line.replace(/\n$/, '')
  },
  open,
})

export const print = (...args: any[]): void => builtins.print(...args)
export const input = (...args: any[]): string => builtins.input(...args)
