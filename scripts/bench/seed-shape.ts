// The 'seed' corpus shape: a skewed suite that hits given totals exactly, as real suites are skewed
// (many small features, a few with hundreds of scenarios), where a features × scenarios × steps grid
// would misstate what each feature file costs.
import type { CorpusOptions } from './bench-options.js'
import { seededRandom } from './seeded-random.js'

export interface FeatureShape {
  /** Steps of the feature's Background (0 for none). */
  background: number
  /** Own steps of each scenario. */
  scenarios: number[]
}

/** Splits `total` into one part per weight, each at least 1, proportional to the weights (largest remainder). */
export function apportion(total: number, weights: readonly number[]): number[] {
  if (total < weights.length) throw new Error(`cannot split ${total} into ${weights.length} parts of at least 1`)
  const sum = weights.reduce((a, b) => a + b, 0)
  const raw = weights.map((w) => 1 + ((total - weights.length) * w) / sum)
  const parts = raw.map(Math.floor)
  let left = total - parts.reduce((a, b) => a + b, 0)
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  for (let k = 0; left > 0; k++, left--) parts[order[k % order.length]![1]]!++
  return parts
}

/**
 * `features` features holding `totalScenarios` scenarios (log-normal sizes: median about 13, a tail
 * to a few hundred), a Background of 1–2 steps in about 40 % of them, and scenario lengths spread so
 * that the executed steps (each Background once per scenario, as behave and Cucumber count them)
 * total `totalSteps`.
 */
export function seedShape(
  options: Pick<CorpusOptions, 'features' | 'totalScenarios' | 'totalSteps' | 'seed'>,
): FeatureShape[] {
  const { features, totalScenarios, totalSteps } = options
  const random = seededRandom(options.seed ^ 0x5eed)
  // Box–Muller: a standard normal from two uniforms.
  const normal = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const perFeature = apportion(
    totalScenarios,
    Array.from({ length: features }, () => Math.exp(normal())),
  )
  const background = perFeature.map(() => (random() < 0.4 ? 1 + Math.floor(random() * 2) : 0))
  const backgroundSteps = perFeature.reduce((sum, n, i) => sum + n * background[i]!, 0)
  const own = apportion(
    totalSteps - backgroundSteps,
    Array.from({ length: totalScenarios }, () => 0.5 + random()),
  )
  let next = 0
  return perFeature.map((n, i) => ({ background: background[i]!, scenarios: own.slice(next, (next += n)) }))
}
