// Which .feature file each top-level suite of a test module comes from. A module is one feature
// file, or (in group mode) a group file whose features are registered in the order it lists them.
import { readFileSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import type { TestModule, TestSuite } from 'vitest/node'
import { groupFeatures, isGroup } from '../../plugin/feature-groups.js'
import type { FeatureMeta } from '../../runtime/support-info.js'
import { isFeaturePath } from '../../compile/feature-file.js'

export interface FeatureUnit {
  path: string
  /** Path relative to the project root, with forward slashes. */
  uri: string
  /** The feature's describe block; undefined when the module collected nothing. */
  suite: TestSuite | undefined
  meta: FeatureMeta | undefined
}

export function featureUnits(module: TestModule): FeatureUnit[] {
  const root = module.project.config.root
  const unit = (path: string, suite: TestSuite | undefined): FeatureUnit => ({
    path,
    uri: relative(root, path).split('\\').join('/'),
    suite,
    meta: suite?.meta().brineFeature,
  })
  const suites = [...module.children.suites()]
  if (isGroup(module.moduleId)) {
    const listed = groupList(module.moduleId)
    return suites.map((suite, i) => {
      const uri = suite.meta().brineFeature?.uri
      // A feature that could not be loaded has only its placeholder suite: as without groups, the
      // reports leave it out and Vitest reports its error.
      return uri ? unit(resolve(root, uri), suite) : unit(listed[i]!, undefined)
    })
  }
  if (!isFeaturePath(module.moduleId)) return []
  return [unit(module.moduleId, suites[0])]
}

function groupList(path: string): string[] {
  try {
    return groupFeatures(path, readFileSync(path, 'utf8'))
  } catch {
    return []
  }
}
