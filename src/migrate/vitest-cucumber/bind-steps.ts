// Which spec step each pickle step ran under vitest-cucumber: each scenario (and Background) lists
// its own steps, and a Gherkin step runs the first of them that matches it; steps from defineSteps
// serve the steps nothing else in the scenario matches (Rule level before feature level).
import { expressionMatcher } from './expression-matcher.js'
import type { FeatureIndex, GherkinStep, PickleEntry } from './feature-index.js'
import { scenarioKey } from './feature-index.js'
import type { FeatureBlock, SpecStep } from './spec-model.js'
import { stepPattern } from './step-pattern.js'

/** One pickle step a spec step ran for. */
export interface StepUse {
  pickle: PickleEntry
  /** Index of the step in the pickle. */
  index: number
  /** The pickle step's text (Examples values filled in). */
  text: string
  gherkin: GherkinStep
}

export interface Bindings {
  uses: Map<SpecStep, StepUse[]>
  /** For each pickle of the feature, the spec step of each of its steps (undefined: none matches). */
  byPickle: Map<PickleEntry, (SpecStep | undefined)[]>
}

export function bindSteps(block: FeatureBlock, index: FeatureIndex): Bindings {
  const own = new Map<string, SpecStep[]>()
  const shared = new Map<string, SpecStep[]>()
  for (const step of block.steps) {
    const { kind, rule, name } = step.scenario
    const map = kind === 'shared' ? shared : own
    const key = kind === 'shared' ? rule : scenarioKey(rule, name)
    map.set(key, [...(map.get(key) ?? []), step])
  }
  const uses = new Map<SpecStep, StepUse[]>()
  const byPickle = new Map<PickleEntry, (SpecStep | undefined)[]>()
  const matches = expressionMatcher()
  // A spec text names a Gherkin step as written (an outline's with its `<placeholders>`), or as
  // an expression (vitest-cucumber's `{string}`…) that matches the step's text.
  const names = (step: SpecStep, gherkin: GherkinStep, text: string, pickle: PickleEntry) =>
    step.text === gherkin.text ||
    step.text === text ||
    matches(stepPattern(step.text, pickle.scenario.examples).expression, text)
  // An expression brine has no type for (`{currency}`) still names its step, as any text there.
  const loosely = (step: SpecStep, text: string) => looseMatch(step.text, text)
  for (const pickle of index.pickles) {
    const bound = pickle.steps.map(({ id, text }, i) => {
      const gherkin = index.steps.get(id)!
      const rule = gherkin.owner.slice(0, gherkin.owner.indexOf('\u0000'))
      const candidates = [own.get(gherkin.owner), shared.get(rule), rule ? shared.get('') : undefined]
      for (const list of candidates) {
        const step = list?.find((s) => names(s, gherkin, text, pickle)) ?? list?.find((s) => loosely(s, text))
        if (!step) continue
        uses.set(step, [...(uses.get(step) ?? []), { pickle, index: i, text, gherkin }])
        return step
      }
      return undefined
    })
    byPickle.set(pickle, bound)
  }
  return { uses, byPickle }
}

const loose = new Map<string, RegExp>()

function looseMatch(spec: string, text: string): boolean {
  let pattern = loose.get(spec)
  if (!pattern) {
    const parts = spec.split(/(\{\w*\})/)
    const source = parts.map((part, i) => (i % 2 ? '(.+?)' : part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))).join('')
    pattern = new RegExp(`^${source}$`, 's')
    loose.set(spec, pattern)
  }
  return pattern.test(text)
}
