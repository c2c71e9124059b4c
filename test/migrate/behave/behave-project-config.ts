// The vitest.config.ts of a migrated behave project in tests: brine and its entries from this
// repository's source.
import { fixtureConfig } from '../../support/fixture-project.ts'

export function behaveProjectConfig(): string {
  return fixtureConfig()
}
