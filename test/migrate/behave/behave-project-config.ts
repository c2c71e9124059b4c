// The vitest.config.ts of a migrated behave project in tests: brine, brine/internal and
// brine/behave from this repository's source.
import { fixtureConfig, repoRoot } from '../../support/fixture-project.ts'
import { join } from 'node:path'

export function behaveProjectConfig(): string {
  const behave = JSON.stringify(join(repoRoot, 'src/behave/index.ts'))
  return fixtureConfig().replace('alias: [', `alias: [\n      { find: /^brine\\/behave$/, replacement: ${behave} },`)
}
