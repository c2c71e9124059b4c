// behave 1.2 drops a trailing ':' only from a step that has a table or doc string, and brine's
// lookup is told the text alone. The feature file tells: a step line followed by a table row or a
// doc string has one. Read once per file, remembered per scenario by step text.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const files = new Map<string, Set<number>>()
const hints = new WeakMap<object, Map<string, boolean | undefined>>()

/** The lines (1-based) of the file's steps that have a table or doc string. */
export function argumentLines(uri: string): Set<number> {
  let lines = files.get(uri)
  if (lines) return lines
  lines = new Set()
  const file = resolve(uri)
  const source = existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : []
  let doc: string | undefined
  let last = 0
  let inTable = false
  source.forEach((raw, i) => {
    const text = raw.trim()
    if (doc) {
      if (text.startsWith(doc)) doc = undefined
      return
    }
    if (!text || text.startsWith('#')) return
    if (text.startsWith('"""') || text.startsWith('```')) {
      doc = text.slice(0, 3)
      lines.add(last)
      return
    }
    if (text.startsWith('|')) {
      if (!inTable) lines.add(last)
      inTable = true
      return
    }
    inTable = false
    last = i + 1
  })
  files.set(uri, lines)
  return lines
}

/** Remembers which of a scenario's step texts have a table or doc string (undefined: it varies). */
export function rememberStepArguments(
  context: object,
  uri: string,
  steps: readonly { text: string; line: number }[],
): void {
  const withArgument = argumentLines(uri)
  const byText = new Map<string, boolean | undefined>()
  for (const step of steps) {
    const has = withArgument.has(step.line)
    byText.set(step.text, byText.has(step.text) && byText.get(step.text) !== has ? undefined : has)
  }
  hints.set(context, byText)
}

/** Whether the step with this text in the world's scenario has a table or doc string, if known. */
export function stepArgumentHint(world: unknown, text: string): boolean | undefined {
  return typeof world === 'object' && world !== null ? hints.get(world)?.get(text) : undefined
}
