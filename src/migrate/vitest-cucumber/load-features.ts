// Reads and indexes the .feature file each describeFeature block loads, once per file; a file
// that is missing or does not parse is reported and its block skipped.
import { readFile } from 'node:fs/promises'
import { FeatureParseError } from '../../compile/feature-file.js'
import type { SourceError } from '../migration.js'
import { indexFeature, type FeatureIndex } from './feature-index.js'
import type { SpecModel } from './spec-model.js'

export async function loadFeatures(
  model: SpecModel,
  cache: Map<string, FeatureIndex>,
  errors: SourceError[],
  rel: (file: string) => string,
  /** A feature file's path as brine names it (from the folder brine runs in). */
  uriOf: (file: string) => string,
): Promise<(FeatureIndex | undefined)[]> {
  const result: (FeatureIndex | undefined)[] = []
  for (const block of model.features) {
    if (!block.featurePath) {
      errors.push({
        file: rel(model.path),
        line: block.line,
        message:
          'describeFeature: the feature file could not be read statically (use loadFeature with a string literal)',
      })
      result.push(undefined)
      continue
    }
    const uri = uriOf(block.featurePath)
    let index = cache.get(uri)
    if (!index) {
      try {
        index = indexFeature(await readFile(block.featurePath, 'utf8'), uri, block.language)
        cache.set(uri, index)
      } catch (error) {
        if (error instanceof FeatureParseError)
          errors.push({ file: uri, line: error.line, message: error.problems.join('; ') })
        else
          errors.push({
            file: rel(model.path),
            line: block.line,
            message: `cannot read ${uri}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          })
      }
    }
    result.push(index)
  }
  return result
}
