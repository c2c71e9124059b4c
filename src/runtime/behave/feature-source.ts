// What the worker reads from a .feature file itself, for what brine's step and scenario data do
// not carry: which steps have a table or doc string (behave 1.2's trailing ':'), and which Rule a
// scenario is in (behave 1.3's rule layer). Files are read once; English keywords only.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'

export interface RuleInfo {
  name: string
  line: number
  /** The rule's own tags, with '@'. */
  tags: string[]
}

interface SourceFacts {
  argumentLines: Set<number>
  rules: RuleInfo[]
}

const files = new Map<string, SourceFacts>()

function read(uri: string): SourceFacts {
  let facts = files.get(uri)
  if (facts) return facts
  facts = { argumentLines: new Set(), rules: [] }
  const file = resolve(uri)
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : []
  let doc: string | undefined
  let last = 0
  let inTable = false
  let tags: string[] = []
  lines.forEach((raw, i) => {
    const text = raw.trim()
    if (doc) {
      if (text.startsWith(doc)) doc = undefined
      return
    }
    if (!text || text.startsWith('#')) return
    if (text.startsWith('"""') || text.startsWith('```')) {
      doc = text.slice(0, 3)
      facts.argumentLines.add(last)
      return
    }
    if (text.startsWith('|')) {
      if (!inTable) facts.argumentLines.add(last)
      inTable = true
      return
    }
    inTable = false
    last = i + 1
    if (text.startsWith('@')) {
      tags.push(...text.split(/\s+/).filter((t) => t.startsWith('@')))
      return
    }
    if (text.startsWith('Rule:')) facts.rules.push({ name: text.slice(5).trim(), line: i + 1, tags })
    tags = []
  })
  files.set(uri, facts)
  return facts
}

/** The lines (1-based) of the file's steps that have a table or doc string. */
export function argumentLines(uri: string): Set<number> {
  return read(uri).argumentLines
}

/** The Rule the scenario (or Examples row) at `line` is in, if any. */
export function ruleAt(uri: string, line: number): RuleInfo | undefined {
  let found: RuleInfo | undefined
  for (const rule of read(uri).rules) if (rule.line < line) found = rule
  return found
}
