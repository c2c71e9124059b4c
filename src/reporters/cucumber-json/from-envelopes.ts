// Cucumber JSON as cucumber-js's `json` formatter writes it, derived from the message stream:
// one object per feature, one element per test case (its last attempt), Background steps
// inside each scenario, hooks as hidden steps, durations in nanoseconds.
import type {
  Attachment,
  Envelope,
  GherkinDocument,
  Pickle,
  Step,
  Tag,
  TestCase,
  TestStepFinished,
} from '@cucumber/messages'

interface JsonStep {
  keyword: string
  hidden?: true
  line?: number
  name?: string
  arguments?: unknown[]
  match?: { location: string }
  result: { status: string; duration?: number; error_message?: string }
  embeddings?: { data: string; mime_type: string }[]
}

export interface JsonFeature {
  description: string
  elements: Record<string, unknown>[]
  id: string
  line: number
  keyword: string
  name: string
  tags: { name: string; line: number }[]
  uri: string
}

interface Index {
  documents: Map<string, GherkinDocument>
  pickles: Map<string, Pickle>
  steps: Map<string, Step>
  scenarios: Map<string, { keyword: string; description: string; rule?: string }>
  locations: Map<string, string>
  tagLines: Map<string, number>
  /** Per test case, the results and attachments of its last attempt. */
  finished: Map<string, Map<string, TestStepFinished>>
  attachments: Map<string, Attachment[]>
}

export function cucumberJson(envelopes: readonly Envelope[]): JsonFeature[] {
  const index = indexOf(envelopes)
  const features = new Map<string, JsonFeature>()
  for (const e of envelopes) {
    const testCase = e.testCase
    if (!testCase) continue
    const pickle = index.pickles.get(testCase.pickleId)!
    let feature = features.get(pickle.uri)
    if (!feature) {
      feature = featureOf(index.documents.get(pickle.uri)!)
      features.set(pickle.uri, feature)
    }
    feature.elements.push(elementOf(testCase, pickle, feature.id, index))
  }
  return [...features.values()]
}

function indexOf(envelopes: readonly Envelope[]): Index {
  const index: Index = {
    documents: new Map(),
    pickles: new Map(),
    steps: new Map(),
    scenarios: new Map(),
    locations: new Map(),
    tagLines: new Map(),
    finished: new Map(),
    attachments: new Map(),
  }
  const caseOfStarted = new Map<string, string>()
  for (const e of envelopes) {
    if (e.gherkinDocument?.uri) indexDocument(index, e.gherkinDocument)
    if (e.pickle) index.pickles.set(e.pickle.id, e.pickle)
    if (e.stepDefinition) index.locations.set(e.stepDefinition.id, locationOf(e.stepDefinition.sourceReference))
    if (e.testCaseStarted) {
      caseOfStarted.set(e.testCaseStarted.id, e.testCaseStarted.testCaseId)
      // A later attempt replaces the earlier one.
      index.finished.set(e.testCaseStarted.testCaseId, new Map())
      index.attachments.set(e.testCaseStarted.testCaseId, [])
    }
    if (e.testStepFinished) {
      const testCaseId = caseOfStarted.get(e.testStepFinished.testCaseStartedId)!
      index.finished.get(testCaseId)!.set(e.testStepFinished.testStepId, e.testStepFinished)
    }
    if (e.attachment?.testCaseStartedId) {
      index.attachments.get(caseOfStarted.get(e.attachment.testCaseStartedId)!)!.push(e.attachment)
    }
  }
  return index
}

function indexDocument(index: Index, document: GherkinDocument): void {
  index.documents.set(document.uri!, document)
  const children = document.feature?.children ?? []
  const addTags = (tags: readonly Tag[]) => {
    for (const tag of tags) index.tagLines.set(tag.id, tag.location.line)
  }
  addTags(document.feature?.tags ?? [])
  for (const child of children) addTags(child.rule?.tags ?? [])
  const inRules = children.flatMap((c) => (c.rule?.children ?? []).map((child) => ({ child, rule: c.rule!.name })))
  for (const { child, rule } of [...children.map((child) => ({ child, rule: undefined })), ...inRules]) {
    addTags(child.scenario?.tags ?? [])
    for (const examples of child.scenario?.examples ?? []) addTags(examples.tags)
    const steps = child.background?.steps ?? child.scenario?.steps ?? []
    for (const step of steps) index.steps.set(step.id, step)
    if (child.scenario) {
      const { keyword, description } = child.scenario
      index.scenarios.set(child.scenario.id, { keyword, description, ...(rule === undefined ? {} : { rule }) })
    }
  }
}

function featureOf(document: GherkinDocument): JsonFeature {
  const feature = document.feature!
  return {
    description: feature.description,
    elements: [],
    id: idOf(feature.name),
    line: feature.location.line,
    keyword: feature.keyword,
    name: feature.name,
    tags: feature.tags.map((t) => ({ name: t.name, line: t.location.line })),
    uri: document.uri!,
  }
}

function elementOf(testCase: TestCase, pickle: Pickle, featureId: string, index: Index): Record<string, unknown> {
  const scenario = index.scenarios.get(pickle.astNodeIds[0]!)!
  const finished = index.finished.get(testCase.id) ?? new Map<string, TestStepFinished>()
  const attachments = index.attachments.get(testCase.id) ?? []
  const steps = testCase.testSteps.map((testStep): JsonStep => {
    const done = finished.get(testStep.id)
    const step: JsonStep = { keyword: '', result: resultOf(done) }
    if (testStep.hookId) {
      const isBefore = testCase.testSteps.findIndex((s) => s.pickleStepId) > testCase.testSteps.indexOf(testStep)
      Object.assign(step, { keyword: isBefore ? 'Before' : 'After', hidden: true })
    } else {
      const pickleStep = pickle.steps.find((s) => s.id === testStep.pickleStepId)!
      const gherkinStep = index.steps.get(pickleStep.astNodeIds[0]!)!
      step.keyword = gherkinStep.keyword
      step.line = gherkinStep.location.line
      step.name = pickleStep.text
      step.arguments = argumentsOf(pickleStep.argument, gherkinStep)
      const [definition] = testStep.stepDefinitionIds ?? []
      if (definition && testStep.stepDefinitionIds!.length === 1) {
        step.match = { location: index.locations.get(definition) ?? '' }
      }
    }
    const embedded = attachments.filter((a) => a.testStepId === testStep.id)
    if (embedded.length) step.embeddings = embedded.map(embeddingOf)
    return step
  })
  return {
    description: scenario.description,
    id: [featureId, ...(scenario.rule === undefined ? [] : [idOf(scenario.rule)]), idOf(pickle.name)].join(';'),
    keyword: scenario.keyword,
    // An outline's row: the line of the Examples row, as cucumber-js reports it.
    line: pickle.location!.line,
    name: pickle.name,
    steps,
    tags: pickle.tags.map((t) => ({ name: t.name, line: index.tagLines.get(t.astNodeId) ?? 0 })),
    type: 'scenario',
  }
}

function resultOf(done: TestStepFinished | undefined): JsonStep['result'] {
  if (!done) return { status: 'skipped' }
  const { status, duration, message } = done.testStepResult
  const result: JsonStep['result'] = {
    status: status.toLowerCase(),
    duration: duration.seconds * 1_000_000_000 + duration.nanos,
  }
  if (message) result.error_message = message
  return result
}

function argumentsOf(argument: Pickle['steps'][number]['argument'], step: Step): unknown[] {
  if (argument?.docString) return [{ content: argument.docString.content, line: step.docString!.location.line }]
  if (argument?.dataTable)
    return [{ rows: argument.dataTable.rows.map((r) => ({ cells: r.cells.map((c) => c.value) })) }]
  return []
}

function embeddingOf(attachment: Attachment): { data: string; mime_type: string } {
  const data =
    attachment.contentEncoding === 'BASE64' ? attachment.body : Buffer.from(attachment.body).toString('base64')
  return { data, mime_type: attachment.mediaType }
}

function locationOf(reference: { uri?: string; location?: { line: number } }): string {
  return `${reference.uri ?? ''}:${reference.location?.line ?? 0}`
}

/** cucumber-js's ids: the name in lower case with spaces as dashes. */
function idOf(name: string): string {
  return name.replace(/ /g, '-').toLowerCase()
}
