// The scenarios behave 1.2.6 runs from a document its parser read, as Cucumber pickles: Background
// steps before every scenario's (even one without steps), and each Scenario Outline row named
// "<name> -- @<row.id> <examples name>", with <row.id>, <row.index>, <examples.name> and
// <examples.index> filled in, table headings left as written, and outline tags rewritten per row.
import {
  PickleStepType,
  StepKeywordType,
  type Feature,
  type GherkinDocument,
  type IdGenerator,
  type Pickle,
  type PickleStep,
  type PickleStepArgument,
  type PickleTag,
  type Scenario,
  type Step,
  type Tag,
} from '@cucumber/messages'

const STEP_TYPE: Partial<Record<StepKeywordType, PickleStepType>> = {
  [StepKeywordType.CONTEXT]: PickleStepType.CONTEXT,
  [StepKeywordType.ACTION]: PickleStepType.ACTION,
  [StepKeywordType.OUTCOME]: PickleStepType.OUTCOME,
}

/** Placeholder values of one Examples row, in behave's order: the row's columns, then its own. */
type Values = [name: string, value: string][]

export function behavePickles(document: GherkinDocument, newId: IdGenerator.NewId): Pickle[] {
  const feature = document.feature
  if (!feature) return []
  const uri = document.uri ?? ''
  const background = feature.children.find((child) => child.background)?.background?.steps ?? []
  const pickles: Pickle[] = []
  for (const { scenario } of feature.children) {
    if (!scenario) continue
    const base = { uri, language: feature.language, newId, background }
    if ((scenario as { outline?: boolean }).outline) pickles.push(...outlinePickles(feature, scenario, base))
    else {
      pickles.push({
        id: newId(),
        uri,
        location: scenario.location,
        astNodeIds: [scenario.id],
        tags: pickleTags([...feature.tags, ...scenario.tags]),
        name: scenario.name,
        language: feature.language,
        steps: [...background, ...scenario.steps].map((step) => pickleStep(step, newId)),
      })
    }
  }
  return pickles
}

interface Base {
  uri: string
  language: string
  newId: IdGenerator.NewId
  background: readonly Step[]
}

function outlinePickles(feature: Feature, outline: Scenario, base: Base): Pickle[] {
  const pickles: Pickle[] = []
  outline.examples.forEach((examples, e) => {
    if (!examples.tableHeader) return
    const headings = examples.tableHeader.cells.map((cell) => cell.value)
    examples.tableBody.forEach((row, r) => {
      const columns: Values = headings.map((name, i) => [name, row.cells[i]!.value])
      const rowId = `${e + 1}.${r + 1}`
      const own = (examplesName: string): Values => [
        ['examples.name', examplesName],
        ['examples.index', String(e + 1)],
        ['row.index', String(r + 1)],
        ['row.id', rowId],
      ]
      const examplesName = render(examples.name, [...columns, ...own(examples.name)])
      const values = [...columns, ...own(examplesName)]
      const steps = [
        ...base.background.map((step) => pickleStep(step, base.newId)),
        ...outline.steps.map((step) => pickleStep(step, base.newId, { all: values, columns }, row.id)),
      ]
      pickles.push({
        id: base.newId(),
        uri: base.uri,
        location: row.location,
        astNodeIds: [outline.id, row.id],
        tags: [...pickleTags(feature.tags), ...rowTags(outline.tags, values), ...pickleTags(examples.tags)],
        name: `${render(outline.name, values)} -- @${rowId} ${examplesName}`,
        language: base.language,
        steps,
      })
    })
  })
  return pickles
}

function pickleStep(
  step: Step,
  newId: IdGenerator.NewId,
  row?: { all: Values; columns: Values },
  rowId?: string,
): PickleStep {
  const argument: PickleStepArgument = {}
  if (step.docString) {
    // behave fills a doc string from the row's columns only, not from <row.id> and the like.
    const content = row ? render(step.docString.content, row.columns) : step.docString.content
    argument.docString = { content }
  }
  if (step.dataTable) {
    argument.dataTable = {
      // The heading row stays as written; behave fills in the other rows.
      rows: step.dataTable.rows.map((tableRow, i) => ({
        cells: tableRow.cells.map((cell) => ({
          value: row && i > 0 ? replaceAll(cell.value, row.columns) : cell.value,
        })),
      })),
    }
  }
  return {
    id: newId(),
    text: row ? render(step.text, row.all) : step.text,
    type: STEP_TYPE[step.keywordType ?? StepKeywordType.UNKNOWN] ?? PickleStepType.UNKNOWN,
    ...(step.docString || step.dataTable ? { argument } : {}),
    astNodeIds: rowId ? [step.id, rowId] : [step.id],
  }
}

/** behave's render_template: each placeholder replaced in turn, only if the text has '<' and '>'. */
function render(text: string, values: Values): string {
  return text.includes('<') && text.includes('>') ? replaceAll(text, values) : text
}

function replaceAll(text: string, values: Values): string {
  let result = text
  for (const [name, value] of values) result = result.split(`<${name}>`).join(value)
  return result
}

/** behave's make_row_tags: placeholders filled, tags still holding '<' or '>' dropped, names cleaned. */
function rowTags(tags: readonly Tag[], values: Values): PickleTag[] {
  const result: PickleTag[] = []
  for (const tag of tags) {
    let name = tag.name.slice(1)
    if (name.includes('<') && name.includes('>')) name = render(name, values)
    if (name.includes('<') || name.includes('>')) continue
    result.push({ name: `@${tagName(name)}`, astNodeId: tag.id })
  }
  return result
}

/** behave's Tag.make_name(text, unescape=True). */
function tagName(text: string): string {
  let name = ''
  for (const char of text.replace(/\\t/g, '\t').replace(/\\n/g, '\n')) {
    if (/[\p{L}\p{N}._=:-]/u.test(char)) name += char
    else if (/\s/u.test(char)) name += '_'
  }
  return name
}

function pickleTags(tags: readonly Tag[]): PickleTag[] {
  return tags.map((tag) => ({ name: tag.name, astNodeId: tag.id }))
}
