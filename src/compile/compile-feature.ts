// .feature text in, JavaScript module and source map out: parse, build the plain data, generate.
import { basename } from 'node:path'
import { buildFeatureData } from './build-feature-data.js'
import { generateModule, type GeneratedModule } from './generate-module.js'
import { parseFeature } from './parse-feature.js'
import type { Dialect } from '../types/feature-data.js'

export interface CompileOptions {
  /** Project-relative path of the feature, used in results and messages. */
  uri: string
  /** Absolute path of the feature file; the source map's `file`. */
  path: string
  runtime: string
  stepImports: string[]
  language?: string
  dialect?: Dialect
  runOptions?: Record<string, unknown>
}

export function compileFeature(source: string, options: CompileOptions): GeneratedModule {
  const parsed = parseFeature(source, options.uri, options.language, undefined, options.dialect)
  const data = buildFeatureData(parsed, options.dialect) ?? {
    // A file with no Feature (empty, or only comments) becomes an empty suite.
    uri: options.uri,
    name: options.uri,
    keyword: 'Feature',
    language: options.language ?? 'en',
    ...(options.dialect === 'behave' ? { dialect: options.dialect } : {}),
    line: 1,
    tags: [],
    scenarios: [],
    rules: [],
  }
  return generateModule(data, {
    runtime: options.runtime,
    stepImports: options.stepImports,
    sourceName: basename(options.path),
    source,
    runOptions: options.runOptions ?? {},
  })
}
