// Parses Gherkin text into a document and its pickles; turns parser failures into one error
// that names the file, line and column of the first problem.
import { AstBuilder, compile, GherkinClassicTokenMatcher, Parser } from '@cucumber/gherkin'
import { IdGenerator, type GherkinDocument, type Pickle } from '@cucumber/messages'

export interface ParsedFeature {
  document: GherkinDocument
  pickles: readonly Pickle[]
}

export class FeatureParseError extends Error {
  constructor(
    readonly uri: string,
    readonly line: number,
    readonly column: number,
    readonly problems: string[],
  ) {
    super(`${uri}:${line}:${column}: ${problems.join('\n')}`)
    this.name = 'FeatureParseError'
  }
}

interface GherkinError {
  message: string
  location?: { line: number; column?: number }
  errors?: GherkinError[]
}

export function parseFeature(source: string, uri: string, language = 'en'): ParsedFeature {
  const newId = IdGenerator.incrementing()
  const parser = new Parser(new AstBuilder(newId), new GherkinClassicTokenMatcher(language))
  let document: GherkinDocument
  try {
    document = { ...parser.parse(source), uri }
  } catch (error) {
    throw toParseError(error as GherkinError, uri)
  }
  return { document, pickles: compile(document, uri, newId) }
}

function toParseError(error: GherkinError, uri: string): FeatureParseError {
  const all = error.errors?.length ? error.errors : [error]
  const first = all[0]!
  return new FeatureParseError(
    uri,
    first.location?.line ?? 1,
    first.location?.column ?? 1,
    all.map((e) => e.message),
  )
}
