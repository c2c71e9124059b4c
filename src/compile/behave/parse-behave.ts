// Reads a .feature file the way behave 1.2.6's parser does, line by line through its states, and
// builds the same Gherkin document @cucumber/gherkin would: ''' doc strings, step keywords in any
// case, `*` as a Given step, And/But typed by the step before (across scenarios), one ':' dropped
// from a step with a table or doc string, behave's tags, table cells and language header.
import { StepKeywordType, type GherkinDocument, type IdGenerator } from '@cucumber/messages'
import { FeatureParseError } from '../feature-file.js'
import { BEHAVE_KEYWORDS, type BehaveKeywordKind, type BehaveKeywords } from './behave-keywords.js'
import { tableCells, tagsOf } from './behave-line.js'
import type { MutableExamples, MutableFeature, MutableRow, MutableScenario, MutableStep } from './mutable-ast.js'

type State = 'init' | 'feature' | 'taggable_statement' | 'scenario' | 'steps' | 'multiline' | 'table'
type StepKind = 'given' | 'when' | 'then'
const STEP_KINDS = ['given', 'when', 'then', 'and', 'but'] as const
const KEYWORD_TYPE: Record<StepKind, StepKeywordType> = {
  given: StepKeywordType.CONTEXT,
  when: StepKeywordType.ACTION,
  then: StepKeywordType.OUTCOME,
}

/** Python's str.strip(): JavaScript's whitespace plus the separators \x1c-\x1f and \x85. */
// eslint-disable-next-line no-control-regex
const strip = (text: string) => text.replace(/^[\s\x1c-\x1f\x85]+|[\s\x1c-\x1f\x85]+$/gu, '')
const indentOf = (line: string) => line.length - line.trimStart().length

class BehaveParser {
  private state: State = 'init'
  private lineNumber = 0
  private language: string | undefined
  private keywords: BehaveKeywords | undefined
  private lastStep: StepKind | undefined
  private tags: MutableFeature['tags'] = []
  private feature: MutableFeature | undefined
  private statement: MutableScenario | undefined
  private examples: MutableExamples | undefined
  private table: MutableRow[] | undefined
  private tableLine = 0
  private doc: { start: number; column: number; leading: number; terminator: string; lines: string[] } | undefined
  private readonly comments: GherkinDocument['comments'][number][] = []

  constructor(
    private readonly uri: string,
    language: string | undefined,
    private readonly newId: IdGenerator.NewId,
  ) {
    if (language) this.setLanguage(language, 1)
  }

  parse(source: string): GherkinDocument {
    for (const line of source.split('\n')) {
      this.lineNumber += 1
      if (!strip(line) && this.state !== 'multiline') continue
      this.action(line)
    }
    if (this.table) this.actionTable('')
    const document: GherkinDocument = { uri: this.uri, comments: this.comments }
    return this.feature ? { ...document, feature: this.feature } : document
  }

  private fail(message: string, column = 1): never {
    throw new FeatureParseError(this.uri, this.lineNumber, column, [message])
  }

  private setLanguage(language: string, line: number): void {
    const keywords = BEHAVE_KEYWORDS[language]
    if (!keywords) throw new FeatureParseError(this.uri, line, 1, [`Language not supported: ${language}`])
    this.language = language
    this.keywords = keywords
  }

  private action(line: string): void {
    const stripped = strip(line)
    if (stripped.startsWith('#') && this.state !== 'multiline') {
      this.comments.push({ location: { line: this.lineNumber, column: 1 }, text: line })
      if (this.state !== 'init' || this.tags.length > 0) return
      const comment = strip(stripped.slice(1))
      if (comment.toLowerCase().startsWith('language:')) this.setLanguage(strip(comment.slice(9)), this.lineNumber)
      return
    }
    const handled = this.dispatch(line)
    if (!handled) {
      const reason = this.failureReason(stripped)
      this.fail(
        `Parser failure in state ${this.state}, at line ${this.lineNumber}: "${stripped}"` +
          (reason ? `\nREASON: ${reason}` : ''),
        indentOf(line) + 1,
      )
    }
  }

  private dispatch(line: string): boolean {
    switch (this.state) {
      case 'init':
        return this.actionInit(line)
      case 'feature':
        return this.actionFeature(line)
      case 'taggable_statement':
        return this.detectTaggable(strip(line), line)
      case 'scenario':
        return this.actionScenario(line)
      case 'steps':
        return this.actionSteps(line)
      case 'multiline':
        return this.actionMultiline(line)
      case 'table':
        return this.actionTable(line)
    }
  }

  private actionInit(line: string): boolean {
    const text = strip(line)
    if (text.startsWith('@')) return this.addTags(text, line)
    const keyword = this.matchKeyword('feature', text)
    if (!keyword) return false
    this.feature = {
      location: this.location(line),
      tags: this.takeTags(),
      language: this.language ?? 'en',
      keyword,
      name: strip(text.slice(keyword.length + 1)),
      description: '',
      children: [],
    }
    this.state = 'feature'
    return true
  }

  private actionFeature(line: string): boolean {
    const text = strip(line)
    if (this.detectTaggable(text, line)) return true
    const keyword = this.matchKeyword('background', text)
    if (keyword) {
      if (this.tags.length > 0)
        this.fail(`Background supports no tags: @${this.tags.map((t) => t.name.slice(1)).join(' @')}`)
      const background = {
        location: this.location(line),
        keyword,
        name: strip(text.slice(keyword.length + 1)),
        description: '',
        steps: [],
        id: this.newId(),
      }
      this.feature!.children.push({ background })
      this.statement = background as unknown as MutableScenario
      this.state = 'steps'
      return true
    }
    this.feature!.description = appendLine(this.feature!.description, text)
    return true
  }

  /** Tags, Scenario, Scenario Outline or Examples: what may follow a tag line. */
  private detectTaggable(text: string, line: string): boolean {
    if (text.startsWith('@')) {
      this.addTags(text, line)
      this.state = 'taggable_statement'
      return true
    }
    for (const kind of ['scenario', 'scenario_outline'] as const) {
      const keyword = this.matchKeyword(kind, text)
      if (!keyword) continue
      const scenario: MutableScenario = {
        location: this.location(line),
        tags: this.takeTags(),
        keyword,
        name: strip(text.slice(keyword.length + 1)),
        description: '',
        steps: [],
        examples: [],
        id: this.newId(),
        outline: kind === 'scenario_outline',
      }
      this.feature!.children.push({ scenario })
      this.statement = scenario
      this.state = 'scenario'
      return true
    }
    const keyword = this.matchKeyword('examples', text)
    if (!keyword) return false
    if (!this.statement?.outline) this.fail('Examples must only appear inside scenario outline')
    this.examples = {
      location: this.location(line),
      tags: this.takeTags(),
      keyword,
      name: strip(text.slice(keyword.length + 1)),
      description: '',
      tableBody: [],
      id: this.newId(),
    }
    this.statement.examples.push(this.examples)
    this.state = 'table'
    return true
  }

  private actionScenario(line: string): boolean {
    const text = strip(line)
    const step = this.parseStep(text, line)
    if (step) {
      this.state = 'steps'
      this.statement!.steps.push(step)
      return true
    }
    if (this.detectTaggable(text, line)) return true
    this.statement!.description = appendLine(this.statement!.description, text)
    return true
  }

  private actionSteps(line: string): boolean {
    const opening = line.trimStart()
    if (opening.startsWith('"""') || opening.startsWith("'''")) {
      const leading = line.length - opening.length
      this.doc = { start: this.lineNumber, column: leading + 1, leading, terminator: opening.slice(0, 3), lines: [] }
      this.state = 'multiline'
      return true
    }
    const text = strip(line)
    const step = this.parseStep(text, line)
    if (step) {
      this.statement!.steps.push(step)
      return true
    }
    if (this.detectTaggable(text, line)) return true
    if (text.startsWith('|')) {
      if (!this.statement?.steps.length) this.fail('TABLE-START without step detected.')
      this.state = 'table'
      return this.actionTable(text)
    }
    return false
  }

  private actionMultiline(line: string): boolean {
    const doc = this.doc!
    if (strip(line).startsWith(doc.terminator)) {
      const step = this.statement!.steps.at(-1)
      if (!step) this.fail('A doc string needs a step before it')
      step.docString = {
        location: { line: doc.start, column: doc.column },
        content: doc.lines.join('\n'),
        delimiter: doc.terminator,
      }
      dropColon(step)
      this.doc = undefined
      this.state = 'steps'
      return true
    }
    const removed = line.slice(0, doc.leading)
    if (strip(removed)) {
      this.fail(`BAD-INDENT in multiline text: Line '${line}' would strip leading '${removed}'`)
    }
    doc.lines.push(line.slice(doc.leading))
    return true
  }

  private actionTable(line: string): boolean {
    const text = strip(line)
    if (!text.startsWith('|')) {
      const rows = this.table ?? []
      if (this.examples) {
        const [header, ...body] = rows
        if (header) Object.assign(this.examples, { tableHeader: header, tableBody: body })
        this.examples = undefined
      } else if (rows.length > 0) {
        const step = this.statement!.steps.at(-1)!
        step.dataTable = { location: rows[0]!.location, rows }
        dropColon(step)
      }
      this.table = undefined
      this.state = 'steps'
      return this.actionSteps(text)
    }
    const indent = line.length - line.trimStart().length
    const cells = tableCells(text, indent, this.lineNumber)
    if (this.table && cells.length !== this.table[0]!.cells.length) this.fail('Malformed table', indent + 1)
    this.table ??= []
    this.tableLine = this.lineNumber
    this.table.push({ location: { line: this.tableLine, column: indent + 1 }, cells, id: this.newId() })
    return true
  }

  private matchKeyword(kind: BehaveKeywordKind, text: string): string | undefined {
    if (!this.keywords) this.setLanguage('en', this.lineNumber)
    return this.keywords![kind].find((alias) => text.startsWith(`${alias}:`))
  }

  /** behave's parse_step: the first keyword, in behave's order, that starts the line in any case. */
  private parseStep(text: string, line: string): MutableStep | undefined {
    if (!this.keywords) this.setLanguage('en', this.lineNumber)
    const lower = text.toLowerCase()
    for (const kind of STEP_KINDS) {
      for (const listed of this.keywords![kind]) {
        const noSpace = listed.endsWith('<')
        const keyword = noSpace ? listed.slice(0, -1) : listed
        const start = noSpace ? keyword : `${keyword} `
        if (!text.startsWith(start) && !lower.startsWith(start.toLowerCase())) continue
        let type: StepKind
        if (kind === 'and' || kind === 'but') {
          if (!this.lastStep) this.fail('No previous step')
          type = this.lastStep
        } else type = this.lastStep = kind
        return {
          location: this.location(line),
          keyword: start,
          keywordType: KEYWORD_TYPE[type],
          text: strip(text.slice(keyword.length)),
          id: this.newId(),
        }
      }
    }
    return undefined
  }

  private addTags(text: string, line: string): true {
    const { tags, bad } = tagsOf(text, indentOf(line), this.lineNumber, this.newId)
    if (bad !== undefined) this.fail(`tag: ${bad} (line: ${text})`)
    this.tags.push(...tags)
    return true
  }

  private takeTags(): MutableFeature['tags'] {
    const tags = this.tags
    this.tags = []
    return tags
  }

  private location(line: string) {
    return { line: this.lineNumber, column: indentOf(line) + 1 }
  }

  /** behave's parse-failure oracle: why a line did not fit where it stands. */
  private failureReason(text: string): string | undefined {
    if (this.matchKeyword('feature', text)) {
      return this.feature ? 'Multiple features in one file are not supported.' : 'Feature should not be used here.'
    }
    if (this.matchKeyword('background', text)) {
      if (this.feature?.children.some((child) => child.scenario)) {
        return 'Background may not occur after Scenario/ScenarioOutline.'
      }
      return this.tags.length ? 'Background does not support tags.' : 'Background should not be used here.'
    }
    if (this.matchKeyword('scenario', text)) {
      return this.feature ? 'Scenario should not be used here.' : 'Scenario may not occur before Feature.'
    }
    if (this.matchKeyword('scenario_outline', text)) {
      return this.feature ? 'ScenarioOutline should not be used here.' : 'ScenarioOutline may not occur before Feature.'
    }
    return this.feature ? undefined : 'No feature found.'
  }
}

function appendLine(description: string, line: string): string {
  return description ? `${description}\n${line}` : line
}

/** behave drops one trailing ':' from a step that gets a table or doc string. */
function dropColon(step: MutableStep): void {
  if (step.text.endsWith(':')) step.text = step.text.slice(0, -1)
}

/** The Gherkin document behave 1.2.6 reads from `source`; throws FeatureParseError where behave fails. */
export function parseBehaveDocument(
  source: string,
  uri: string,
  language: string | undefined,
  newId: IdGenerator.NewId,
): GherkinDocument {
  return new BehaveParser(uri, language, newId).parse(source)
}
