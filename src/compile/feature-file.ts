// What brine knows about a feature file without parsing it: which paths are features, their uri,
// their Gherkin media type, and the error a parse failure becomes. Kept apart from the parser, since
// most of their users (the Vitest config, the watch filter, the reporters' models) never parse.
import { relative } from 'node:path'

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

/** Gherkin files: `.feature`, and Gherkin in Markdown as `.feature.md`. */
export function isFeaturePath(path: string): boolean {
  return path.endsWith('.feature') || path.endsWith('.feature.md')
}

/** A feature's uri in its data and in reports: its path relative to the project root, with forward slashes. */
export function featureUri(root: string, path: string): string {
  return relative(root, path).split('\\').join('/')
}

export function gherkinMediaType(uri: string): 'text/x.cucumber.gherkin+plain' | 'text/x.cucumber.gherkin+markdown' {
  return uri.endsWith('.md') ? 'text/x.cucumber.gherkin+markdown' : 'text/x.cucumber.gherkin+plain'
}
