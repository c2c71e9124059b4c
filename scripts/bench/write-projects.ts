// Writes the corpus as one project per runner family under a directory: brine, plain Vitest,
// cucumber-js, quickpickle (JavaScript, sharing the repo's node_modules) and behave (Python).
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { installBrine } from './brine-package.js'
import type { CorpusModel } from './corpus.js'
import { behaveFiles } from './write-behave.js'
import { featureText } from './write-gherkin.js'
import { brineFiles, cucumberFiles, quickpickleFiles, vitestFiles } from './write-javascript.js'

export type ProjectKind = 'brine' | 'vitest' | 'cucumber' | 'quickpickle' | 'behave'

export function writeProjects(
  corpus: CorpusModel,
  dir: string,
  repoRoot: string,
  workers: number,
  /** brine built as a package (see brine-package.ts). */
  brinePackage: string,
): Record<ProjectKind, string> {
  rmSync(dir, { recursive: true, force: true })
  const features: Record<string, string> = {}
  for (const feature of corpus.features) features[`features/${feature.file}.feature`] = featureText(corpus, feature)
  const projects: Record<ProjectKind, Record<string, string>> = {
    brine: { ...features, ...brineFiles(corpus) },
    vitest: vitestFiles(corpus, workers),
    cucumber: { ...features, ...cucumberFiles(corpus) },
    quickpickle: { ...features, ...quickpickleFiles(corpus) },
    behave: { ...features, ...behaveFiles(corpus) },
  }
  const paths = {} as Record<ProjectKind, string>
  for (const [kind, files] of Object.entries(projects) as [ProjectKind, Record<string, string>][]) {
    const root = join(dir, kind)
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), content)
    }
    if (kind === 'brine') installBrine(root, repoRoot, brinePackage)
    else if (kind !== 'behave') symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir')
    paths[kind] = root
  }
  return paths
}
