// The FeatureData a generated module carries (base64url text in its defineFeature call).
import { decodeFeatureData } from '../../src/runtime/feature-data-text.ts'
import type { FeatureData } from '../../src/types/feature-data.ts'

export function featureIn(code: string): FeatureData {
  const text = /defineFeature\("([\w-]*)"/.exec(code)?.[1]
  if (text === undefined) throw new Error(`no feature data in:\n${code}`)
  return decodeFeatureData(text)
}
