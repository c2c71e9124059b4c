// The feature, scenario and step objects behave's hooks and `context` expose, built from what
// brine knows about them. Tags are written without '@', as behave writes them.
import type { StepKeywords } from '../types/feature-data.js'
import type { ScenarioInfo } from '../runtime/world.js'
import { ScenarioSkipped } from './errors.js'
import type { Table } from './table.js'

const bare = (tag: string) => (tag.startsWith('@') ? tag.slice(1) : tag)

export interface BehaveFeature {
  name: string
  /** The feature's own tags. */
  tags: string[]
  filename: string
  location: string
  /** The feature's Gherkin language, e.g. 'en' or 'de'. */
  language: string
}

/** What brine tells the behave runtime about a feature (its hook info). */
export interface FeatureModelInfo {
  name: string
  uri: string
  tags: readonly string[]
  language?: string
  stepKeywords?: StepKeywords
}

const keywordsOf = new WeakMap<BehaveFeature, StepKeywords>()

/** The step keywords of the feature's language (undefined: English), for `context.executeSteps`. */
export function featureStepKeywords(feature: BehaveFeature | undefined): StepKeywords | undefined {
  return feature && keywordsOf.get(feature)
}

export interface BehaveRule {
  name: string
  /** The rule's own tags. */
  tags: string[]
  line: number
}

export interface BehaveScenario {
  name: string
  /** Tags written on the scenario itself (and its Examples). */
  tags: string[]
  /** Every tag that applies: the feature's, the rule's and the scenario's. */
  effective_tags: string[]
  effectiveTags: string[]
  feature: BehaveFeature | undefined
  /** The Rule the scenario is in (behave 1.3), if any. */
  rule: BehaveRule | undefined
  filename: string
  line: number
  uri: string
  /** 'untested' while it runs; how it ended, in afterScenario (behave's Status names). */
  status: 'untested' | 'passed' | 'failed' | 'undefined' | 'skipped'
  /** Stops the scenario; it is reported as skipped. */
  skip(reason?: string): never
}

export interface BehaveStep {
  keyword: string
  name: string
  step_type: 'given' | 'when' | 'then'
  line: number
  table: Table | null
  text: string | null
  /** 'untested' before the step ran; 'passed' or 'failed' in afterStep. */
  status: 'untested' | 'passed' | 'failed' | 'skipped'
  error_message: string | null
}

export function behaveFeature(feature: FeatureModelInfo): BehaveFeature {
  const model = {
    name: feature.name,
    tags: feature.tags.map(bare),
    filename: feature.uri,
    location: feature.uri,
    language: feature.language ?? 'en',
  }
  if (feature.stepKeywords) keywordsOf.set(model, feature.stepKeywords)
  return model
}

export function behaveRule(rule: { name: string; line: number; tags: readonly string[] }): BehaveRule {
  return { name: rule.name, line: rule.line, tags: rule.tags.map(bare) }
}

export function behaveScenario(
  info: ScenarioInfo,
  feature: BehaveFeature | undefined,
  rule?: BehaveRule,
): BehaveScenario {
  const effective = [...new Set(info.tags.map(bare))]
  const inherited = new Set([...(feature?.tags ?? []), ...(rule?.tags ?? [])])
  return {
    name: info.name,
    tags: effective.filter((t) => !inherited.has(t)),
    effective_tags: effective,
    effectiveTags: effective,
    feature,
    rule,
    filename: info.uri,
    line: info.line,
    uri: info.uri,
    status: 'untested',
    skip(reason?: string): never {
      throw new ScenarioSkipped(reason)
    },
  }
}
