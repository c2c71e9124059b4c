// A generated module carries its feature as base64url of the FeatureData's JSON
// (compile/generate-module.ts says why); defineFeature reads it back with this.
import { Buffer } from 'node:buffer'
import type { FeatureData } from '../types/feature-data.js'

export function decodeFeatureData(text: string): FeatureData {
  return JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as FeatureData
}
