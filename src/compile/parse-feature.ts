// Parses Gherkin text into a document and its pickles, in Cucumber's dialect or behave 1.2.6's;
// turns parser failures into one error that names the file, line and column of the first problem.
import {
  AstBuilder,
  compile,
  GherkinClassicTokenMatcher,
  GherkinInMarkdownTokenMatcher,
  Parser,
} from '@cucumber/gherkin'
import { IdGenerator, type GherkinDocument, type Pickle } from '@cucumber/messages'
import { behavePickles } from './behave/behave-pickles.js'
import { parseBehaveDocument } from './behave/parse-behave.js'
import { FeatureParseError } from './feature-file.js'
import type { Dialect } from '../types/feature-data.js'

export interface ParsedFeature {
  document: GherkinDocument
  pickles: readonly Pickle[]
}

interface GherkinError {
  message: string
  location?: { line: number; column?: number }
  errors?: GherkinError[]
}

export function parseFeature(
  source: string,
  uri: string,
  language = 'en',
  newId: IdGenerator.NewId = IdGenerator.incrementing(),
  dialect: Dialect = 'gherkin',
): ParsedFeature {
  if (dialect === 'behave' && !uri.endsWith('.md')) {
    const document = parseBehaveDocument(source, uri, language, newId)
    return { document, pickles: behavePickles(document, newId) }
  }
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
