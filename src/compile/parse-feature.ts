// Parses Gherkin text into a document and its pickles; turns parser failures into one error
// that names the file, line and column of the first problem.
import {
  AstBuilder,
  compile,
  GherkinClassicTokenMatcher,
  GherkinInMarkdownTokenMatcher,
  Parser,
} from '@cucumber/gherkin'
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

/** Gherkin files: `.feature`, and Gherkin in Markdown as `.feature.md`. */
export function isFeaturePath(path: string): boolean {
  return path.endsWith('.feature') || path.endsWith('.feature.md')
}

export function gherkinMediaType(uri: string): 'text/x.cucumber.gherkin+plain' | 'text/x.cucumber.gherkin+markdown' {
  return uri.endsWith('.md') ? 'text/x.cucumber.gherkin+markdown' : 'text/x.cucumber.gherkin+plain'
}

export function parseFeature(
  source: string,
  uri: string,
  language = 'en',
  newId: IdGenerator.NewId = IdGenerator.incrementing(),
): ParsedFeature {
  const matcher = uri.endsWith('.md')
    ? new GherkinInMarkdownTokenMatcher(language)
    : new GherkinClassicTokenMatcher(language)
  const parser = new Parser(new AstBuilder(newId), matcher)
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
