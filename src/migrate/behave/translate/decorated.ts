// A decorated def or class as one expression: `@a @b def f` binds f to a(b(f)), and named() keeps
// f's Python name on it (brine/python's function-name.ts says why). Module-level and nested
// definitions both wrap their lines with this.
import { quote } from './quote.js'

/**
 * `lines` is the definition (its first line opens it, its last closes it); `decorators` are the
 * decorator expressions in source order, `named` the runtime's named() helper.
 */
export function decoratedLines(name: string, lines: readonly string[], decorators: string[], named: string): string[] {
  const calls = [...decorators, named]
  return [
    `${calls.map((d) => `${d}(`).join('')}${quote(name)}, ${lines[0]}`,
    ...lines.slice(1, -1),
    `${lines.at(-1)}${')'.repeat(calls.length)}`,
  ]
}
