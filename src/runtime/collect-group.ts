// Group mode, worker side: a group module's features are imported all at once, so the main process
// transforms them while this worker loads the first one's step files; their suites are registered
// afterwards, in the group's order, which concurrent imports alone would not keep.
import { describe, test } from 'vitest'

/** What a generated feature module exports by default. */
interface FeatureHandle {
  /** Registers the feature's suite; false when the module defined none. */
  register(): boolean
}

type Loader = () => Promise<{ default?: FeatureHandle }>

let collecting = false

/** True while a group imports its features: their suites wait for `register()`. */
export function deferringRegistration(): boolean {
  return collecting
}

/**
 * Imports the step files, then, without waiting for them, the features `[uri, loader]` concurrently;
 * registers each feature in order once all have settled. The step files' request goes first so the
 * main process serves it before the features': they load the system under test, the slow part.
 */
export async function collectGroup(loadSteps: () => Promise<unknown>, features: [uri: string, load: Loader][]) {
  collecting = true
  let loaded: PromiseSettledResult<{ default?: FeatureHandle }>[]
  try {
    // A broken step file fails every feature through the feature's own import instead.
    const steps = loadSteps().catch(() => undefined)
    loaded = await Promise.allSettled(features.map(([, load]) => load()))
    await steps
  } finally {
    collecting = false
  }
  loaded.forEach((result, i) => {
    const handle = result.status === 'fulfilled' ? result.value.default : undefined
    if (handle?.register?.()) return
    // A feature that cannot be loaded (a Gherkin syntax error, say) fails alone, under its own name.
    const [uri] = features[i]!
    const error =
      result.status === 'rejected'
        ? result.reason
        : new Error(`${uri} was imported but registered no feature: it is not a module brine compiled`)
    describe(uri, () => {
      test('loads', () => {
        throw error
      })
    })
  })
}
