// What brine adds to Vitest's task meta: a scenario's result on its test, the feature's meta on the
// feature's suite. Workers write it; the main process and reporters read it.
import type { ScenarioResult } from './scenario-result.js'
import type { FeatureMeta } from './support-info.js'

export interface BrineTaskMeta {
  brine?: ScenarioResult
  brineFeature?: FeatureMeta
}

declare module '@vitest/runner' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface TaskMeta extends BrineTaskMeta {}
}
