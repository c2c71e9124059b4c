// Which .feature file each top-level suite of a test module comes from. A module is one feature
// file, or (in group mode) a group file whose features are registered in the order it lists them.
import { resolve } from 'node:path'
import type { TestModule, TestSuite } from 'vitest/node'
import { isGroup } from '../../plugin/feature-groups.js'
import type { FeatureMeta } from '../../types/support-info.js'
import { featureUri, isFeaturePath } from '../../compile/feature-file.js'

export interface FeatureUnit {
  path: string
  /** Path relative to the project root, with forward slashes. */
  uri: string
  /** The feature's describe block. */
  suite: TestSuite
  meta: FeatureMeta | undefined
}

/** The features a module ran; one that collected nothing is left out (Vitest reports its error). */
export function featureUnits(module: TestModule): FeatureUnit[] {
  const root = module.project.config.root
  const unit = (path: string, suite: TestSuite): FeatureUnit => ({
    path,
    uri: featureUri(root, path),
    suite,
    meta: suite.meta().brineFeature,
  })
  const suites = [...module.children.suites()]
  if (isGroup(module.moduleId)) {
    // A feature that could not be loaded has only its placeholder suite, without feature meta.
    return suites.flatMap((suite) => {
      const uri = suite.meta().brineFeature?.uri
      return uri ? [unit(resolve(root, uri), suite)] : []
    })
  }
  if (!isFeaturePath(module.moduleId) || !suites[0]) return []
  return [unit(module.moduleId, suites[0])]
}
