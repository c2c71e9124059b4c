// Reads the steps given to context.executeSteps as behave's parser.parse_steps does: the keywords
// of the feature's language (English unless given), in any case and in behave's order, `*` as a
// Given step, And/But taking the previous step's type, data tables and doc strings (""" or ''').
import type { StepKeywords, StepType } from '../types/feature-data.js'

export interface TextStep {
  keyword: string
  type: StepType
  text: string
  line: number
  dataTable?: string[][]
  docString?: { content: string; delimiter: string }
}

class StepsParseError extends Error {
  constructor(message: string, line: number) {
    super(`ParserError: ${message} (line ${line} of the executed steps)`)
    this.name = 'ParserError'
  }
}

const ENGLISH: StepKeywords = {
  given: ['*', 'Given'],
  when: ['*', 'When'],
  then: ['*', 'Then'],
  and: ['*', 'And'],
  but: ['*', 'But'],
}
const KINDS = ['given', 'when', 'then', 'and', 'but'] as const
const TYPE = { given: 'Context', when: 'Action', then: 'Outcome' } as const

/** The first keyword, in behave's order, that starts the line in any case ('<': no space after it). */
function findKeyword(line: string, keywords: StepKeywords): [string, (typeof KINDS)[number]] | undefined {
  const lower = line.toLowerCase()
  for (const kind of KINDS) {
    for (const listed of keywords[kind]) {
      const keyword = listed.endsWith('<') ? listed.slice(0, -1) : listed
      const start = listed.endsWith('<') ? keyword : `${keyword} `
      if (line.startsWith(start) || lower.startsWith(start.toLowerCase())) return [keyword, kind]
    }
  }
  return undefined
}

export function parseStepsText(text: string, keywords: StepKeywords = ENGLISH): TextStep[] {
  const steps: TextStep[] = []
  let last: 'given' | 'when' | 'then' | undefined
  let doc: { delimiter: string; indent: number; lines: string[] } | undefined
  const lines = text.split('\n')
  lines.forEach((raw, i) => {
    const line = i + 1
    if (doc) {
      if (raw.trim().startsWith(doc.delimiter)) {
        steps.at(-1)!.docString = { content: doc.lines.join('\n'), delimiter: doc.delimiter }
        doc = undefined
        return
      }
      if (raw.slice(0, doc.indent).trim()) {
        throw new StepsParseError(
          `BAD-INDENT in multiline text: Line '${raw}' would strip leading '${raw.slice(0, doc.indent)}'`,
          line,
        )
      }
      doc.lines.push(raw.slice(doc.indent))
      return
    }
    const stripped = raw.trim()
    if (!stripped || stripped.startsWith('#')) return
    if (stripped.startsWith('"""') || stripped.startsWith("'''")) {
      if (!steps.length) throw new StepsParseError('Doc string without a step', line)
      doc = { delimiter: stripped.slice(0, 3), indent: raw.indexOf(stripped[0]!), lines: [] }
      return
    }
    if (stripped.startsWith('|')) {
      const step = steps.at(-1)
      if (!step) throw new StepsParseError('TABLE-START without step detected', line)
      const cells = stripped
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.replace(/\\\|/g, '|').trim())
      step.dataTable ??= []
      if (step.dataTable.length && cells.length !== step.dataTable[0]!.length)
        throw new StepsParseError('Malformed table', line)
      step.dataTable.push(cells)
      return
    }
    const found = findKeyword(stripped, keywords)
    if (!found) throw new StepsParseError(`Not a step: '${stripped}'`, line)
    const [kw, kind] = found
    let type: 'given' | 'when' | 'then'
    if (kind === 'and' || kind === 'but') {
      if (!last) throw new StepsParseError('No previous step', line)
      type = last
    } else type = last = kind
    steps.push({
      keyword: stripped.slice(0, kw.length),
      type: TYPE[type],
      text: stripped.slice(kw.length).trim(),
      line,
    })
  })
  if (doc) throw new StepsParseError('Doc string is not closed', lines.length)
  return steps
}
