// The layers that outlive a scenario: one testrun layer per worker (behave's root, holding
// `config`), a feature layer per feature file while it runs, and a rule layer per Rule.
import { newLayer, popLayer, type Layer } from './layers.js'
import type { RuleInfo } from '../runtime/world.js'
import { behaveFeature, behaveRule, type FeatureModelInfo } from './model.js'
import { BehaveConfig } from './config.js'
import { parseUserdata, UserData } from './userdata.js'

let testrun: Layer | undefined
const features = new Map<string, Layer>()
let worldUserdataMerged = false

/** The worker's testrun layer, made with `config.userdata` from BRINE_USERDATA on first use. */
export function testrunLayer(): Layer {
  if (!testrun || testrun.popped) {
    testrun = newLayer('testrun')
    const userdata = new UserData(parseUserdata(process.env.BRINE_USERDATA))
    Object.assign(testrun.values, { config: new BehaveConfig(userdata), failed: false, aborted: false })
    worldUserdataMerged = false
  }
  return testrun
}

/** Adds the plugin's worldParameters.userdata below BRINE_USERDATA's values (which win, as -D does). */
export function mergeWorldUserdata(parameters: Record<string, unknown>): void {
  if (worldUserdataMerged) return
  worldUserdataMerged = true
  const extra = parameters.userdata
  if (!extra || typeof extra !== 'object') return
  const userdata = (testrunLayer().values.config as { userdata: UserData }).userdata
  for (const [key, value] of Object.entries(extra)) if (!Object.hasOwn(userdata, key)) userdata[key] = value
}

/**
 * The layer of a feature file; made (with `feature`) when the feature starts. It has its own
 * `failed`: behave's is set by the first failing scenario of the run and read by every later one,
 * which depends on the order features run in; brine's workers take features in any order, so a
 * scenario sees the failures of its own feature (the testrun's `failed`, read in afterAll, has the
 * worker's).
 */
export function featureLayer(feature: FeatureModelInfo): Layer {
  let layer = features.get(feature.uri)
  if (!layer || layer.popped) {
    layer = newLayer('feature')
    const model = behaveFeature(feature)
    Object.assign(layer.values, { feature: model, tags: new Set(model.tags), failed: false })
    features.set(feature.uri, layer)
  }
  return layer
}

const rules = new Map<string, Layer>()
/** The rule whose scenarios run now, by feature file. */
const activeRules = new Map<string, string>()

/** The layer of a Rule (behave 1.3), made with `rule` when its first scenario starts. */
export function ruleLayer(uri: string, rule: RuleInfo): Layer {
  const key = `${uri}:${rule.line}`
  let layer = rules.get(key)
  if (!layer || layer.popped) {
    layer = newLayer('rule')
    layer.values.rule = behaveRule(rule)
    rules.set(key, layer)
  }
  return layer
}

/** The rule layer that runs in the feature file now, and sets which one does. */
export function switchRule(
  uri: string,
  rule: RuleInfo | undefined,
): { previous: Layer | undefined; next: Layer | undefined } {
  const previousKey = activeRules.get(uri)
  const nextKey = rule ? `${uri}:${rule.line}` : undefined
  if (previousKey === nextKey) return { previous: undefined, next: undefined }
  if (nextKey) activeRules.set(uri, nextKey)
  else activeRules.delete(uri)
  const previous = previousKey ? rules.get(previousKey) : undefined
  if (previousKey) rules.delete(previousKey)
  return { previous, next: rule ? ruleLayer(uri, rule) : undefined }
}

/** Records a failed scenario in its feature's `failed` and the testrun's. */
export function markFailed(stack: readonly Layer[]): void {
  for (const layer of stack) if (layer.name === 'feature' || layer.name === 'testrun') layer.values.failed = true
}

export function existingFeatureLayer(uri: string): Layer | undefined {
  const layer = features.get(uri)
  return layer && !layer.popped ? layer : undefined
}

/** Ends a feature's layer, running its cleanups. */
export async function endFeatureLayer(uri: string): Promise<void> {
  const layer = features.get(uri)
  features.delete(uri)
  if (layer) await popLayer(layer)
}

/** Ends the testrun layer (after afterAll), running its cleanups. */
export async function endTestrunLayer(): Promise<void> {
  const layer = testrun
  testrun = undefined
  if (layer) await popLayer(layer)
}
