// The seeded suite every runner gets in its own format: features of scenarios of steps, each
// step an instance of one of N step definitions, as a grid or in the skewed 'seed' shape. Same seed
// and options, same corpus.
import type { CorpusOptions } from './bench-options.js'
import { seedShape, type FeatureShape } from './seed-shape.js'
import { seededRandom } from './seeded-random.js'

export interface DefinitionModel {
  /** Literal text before the {int} parameter. */
  prefix: string
  /** Literal text after it. */
  suffix: string
  /** Ends with ` named {string}`. */
  named: boolean
}

export interface StepModel {
  keyword: 'Given' | 'When' | 'Then' | 'And'
  /** Index into the definitions, or -1 for the I/O step. */
  definition: number
  count: number
  name?: string
}

export interface ScenarioModel {
  name: string
  steps: StepModel[]
}

export interface FeatureModel {
  file: string
  name: string
  background: StepModel[]
  scenarios: ScenarioModel[]
}

export interface CorpusModel {
  options: CorpusOptions
  definitions: DefinitionModel[]
  features: FeatureModel[]
}

const adjectives = ['a red', 'the new', 'an empty', 'the shared', 'a locked', 'the main', 'a paid', 'the last']
const nouns = ['basket', 'account', 'order', 'invoice', 'session', 'report', 'parcel', 'ticket', 'user', 'cart']
const verbs = ['holds', 'receives', 'loses', 'counts', 'ships', 'lists', 'keeps', 'returns']
const units = ['items', 'euros', 'lines', 'points', 'boxes', 'entries']

export function buildCorpus(options: CorpusOptions): CorpusModel {
  const random = seededRandom(options.seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!
  const definitions: DefinitionModel[] = []
  for (let i = 0; i < options.definitions; i++) {
    // The index in the text keeps every definition distinct, as real suites' are.
    definitions.push({
      prefix: `${pick(adjectives)} ${pick(nouns)} ${i} ${pick(verbs)}`,
      suffix: pick(units),
      named: random() < 0.5,
    })
  }
  const step = (keyword: StepModel['keyword']): StepModel => {
    const definition = Math.floor(random() * definitions.length)
    const model: StepModel = { keyword, definition, count: 1 + Math.floor(random() * 99) }
    if (definitions[definition]!.named) model.name = `${pick(nouns)}-${Math.floor(random() * 1000)}`
    return model
  }
  const keywordAt = (i: number, n: number): StepModel['keyword'] =>
    i === 0 ? 'Given' : i === Math.floor(n / 2) ? 'When' : i === n - 1 ? 'Then' : 'And'
  const shapes: FeatureShape[] =
    options.shape === 'seed'
      ? seedShape(options)
      : Array.from({ length: options.features }, () => ({
          background: options.backgroundSteps,
          scenarios: Array.from({ length: options.scenarios }, () => options.steps),
        }))
  const features: FeatureModel[] = []
  const width = String(shapes.length).length
  shapes.forEach((shape, f) => {
    const id = String(f + 1).padStart(width, '0')
    const background = Array.from({ length: shape.background }, () => step('Given'))
    const scenarios = shape.scenarios.map((n, s): ScenarioModel => {
      // One asynchronous wait per scenario, at its third step (or its last, when shorter).
      const ioAt = Math.min(2, n - 1)
      const steps = Array.from({ length: n }, (_, i) =>
        i === ioAt && options.ioMs > 0
          ? { keyword: keywordAt(i, n), definition: -1, count: options.ioMs }
          : step(keywordAt(i, n)),
      )
      return { name: `Scenario ${s + 1} of ${pick(nouns)} ${id}`, steps }
    })
    features.push({ file: `f${id}`, name: `Feature ${id}: ${pick(nouns)} ${pick(verbs)}`, background, scenarios })
  })
  return { options, definitions, features }
}

/** Scenarios and executed steps (each Background once per scenario) in the corpus. */
export function corpusSize(corpus: CorpusModel): { scenarios: number; steps: number } {
  let scenarios = 0
  let steps = 0
  for (const feature of corpus.features) {
    scenarios += feature.scenarios.length
    for (const scenario of feature.scenarios) steps += feature.background.length + scenario.steps.length
  }
  return { scenarios, steps }
}

/** The text of a step, as every runner's feature file spells it. */
export function stepText(corpus: CorpusModel, step: StepModel): string {
  if (step.definition < 0) return `the service answers after ${step.count} ms`
  const d = corpus.definitions[step.definition]!
  return `${d.prefix} ${step.count} ${d.suffix}${d.named ? ` named "${step.name}"` : ''}`
}

export const IO_PATTERN = { prefix: 'the service answers after', suffix: 'ms' }
