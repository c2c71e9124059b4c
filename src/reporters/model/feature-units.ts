// Which .feature file each top-level suite of a test module comes from. A module is one feature
// file, or (with BRINE_GROUP) a group file whose features are imported in the order it lists them.
import { readFileSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import type { TestModule, TestSuite } from 'vitest/node'
import { isGroup } from '../../plugin/feature-groups.js'
import type { FeatureMeta } from '../../runtime/support-info.js'
import { isFeaturePath } from '../../compile/parse-feature.js'

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
      return unit(uri ? resolve(root, uri) : listed[i]!, suite)
    })
  }
  if (!isFeaturePath(module.moduleId)) return []
  return [unit(module.moduleId, suites[0])]
}

function groupList(path: string): string[] {
  try {
    return (JSON.parse(readFileSync(path, 'utf8')) as string[]).map((file) => resolve(dirname(path), file))
  } catch {
    return []
  }
}
