// The shop fixture (test/fixtures/reporters/shop) as a throwaway project whose config resolves
// brine, brine/internal and brine/reporters/* to this repository's source.
import { join } from 'node:path'
import { filesIn, fixtureProject, repoRoot, type FixtureProject } from '../support/fixture-project.ts'

const fixture = join(repoRoot, 'test/fixtures/reporters/shop')

export function shopProject(): FixtureProject {
  const files = filesIn(fixture)
  const src = (path: string) => JSON.stringify(join(repoRoot, 'src', path))
  files['vitest.config.ts'] = `import { defineConfig } from 'vitest/config'
import { brine } from ${src('plugin/index.ts')}

export default defineConfig({
  resolve: {
    alias: [
      { find: /^brine$/, replacement: ${src('runtime/index.ts')} },
      { find: /^brine\\/internal$/, replacement: ${src('runtime/internal.ts')} },
      { find: /^brine\\/reporters\\/(.*)$/, replacement: ${JSON.stringify(join(repoRoot, 'src/reporters'))} + '/$1.ts' },
    ],
  },
  plugins: [brine()],
})
`
  return fixtureProject(files)
}
