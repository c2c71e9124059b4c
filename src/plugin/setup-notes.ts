// One-line notes for a project in which brine finds nothing to run: no feature files, or features
// but no step files. A run prints them as it starts; `brine check` prints them too.
import { globSync } from 'tinyglobby'
import type { ResolvedOptions } from './options.js'

export function noFeatureFiles(globs: readonly string[], root: string): string {
  return (
    `brine: no feature files match ${globs.join(', ')} in ${root}: ` +
    'add one there (npx brine init writes an example) or point brine({ features }) at yours'
  )
}

export function noStepFiles(globs: readonly string[], root: string): string {
  return (
    `brine: no step files match ${globs.join(', ')} in ${root}, so every step is undefined: ` +
    'add one there (npx brine init writes an example) or point brine({ steps }) at yours'
  )
}

/** The notes for the project at `root`: empty when it has feature files and step files. */
export function setupNotes(root: string, options: Pick<ResolvedOptions, 'features' | 'steps'>): string[] {
  const found = (globs: string[]) => globSync(globs, { cwd: root, ignore: ['**/node_modules/**'] }).length > 0
  if (!found(options.features)) return [noFeatureFiles(options.features, root)]
  if (!found(options.steps)) return [noStepFiles(options.steps, root)]
  return []
}
