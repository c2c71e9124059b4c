// behave 1.2.6's own repository (features/, issue.features/, tools/test-features/, with the
// behave4cmd0 step library they import), migrated with no edit: every step binds to the definition
// behave binds it to, with the same arguments — the comparison `brine migrate behave --verify`
// starts with, against behave's live dry run.
import { existsSync } from 'node:fs'
import { afterAll, describe, expect, test } from 'vitest'
import { behaveBindings } from '../../../src/migrate/behave/verify/behave-dry-run.ts'
import { brineBindings } from '../../../src/migrate/behave/verify/brine-bindings.ts'
import { compareBindings, parityTable } from '../../../src/migrate/behave/verify/parity.ts'
import {
  BEHAVE,
  generatedFiles,
  migrate,
  removeCopy,
  suiteCopy,
  type BehaveSuite,
} from '../../support/behave-projects.ts'

interface Case extends BehaveSuite {
  steps: number
  /** Steps (uri:line#n) whose binding differs, each with why. */
  differs: Record<string, string>
}

const suite = (features: string, steps: number, differs: Record<string, string> = {}): Case => ({
  project: 'behave',
  base: 'test/fixtures/real/behave',
  root: '.',
  features,
  with: ['behave4cmd0'],
  steps,
  differs,
})

const CASES = [
  // Its tag-expression steps convert arguments with behave.tag_expression, which brine/python provides.
  suite('features', 1954),
  suite('issue.features', 1093),
  suite('tools/test-features', 56),
]

const copies: string[] = []
afterAll(() => copies.forEach(removeCopy))

describe.skipIf(!existsSync(BEHAVE))(`behave's own features (needs ${BEHAVE}, run live)`, () => {
  test.each(CASES)(
    '$features: every step binds as in behave',
    async (suite) => {
      const dir = suiteCopy(suite)
      copies.push(dir)
      const migration = await migrate(dir, suite)
      expect(migration.out).toMatch(/\b0 file\(s\) did not parse/)
      expect(generatedFiles(dir).length).toBeGreaterThan(0)
      // behave finds behave4cmd0 at the project root, as it does in its own repository.
      const behave = await behaveBindings(dir, BEHAVE, { PYTHONPATH: dir })
      const parity = compareBindings(behave, await brineBindings(dir))
      expect(parity.steps).toBe(suite.steps)
      const differing = Object.fromEntries(parity.differences.map((d) => [d.key, suite.differs[d.key] ?? 'unexpected']))
      expect(differing, parityTable(parity)).toEqual(suite.differs)
    },
    600_000,
  )
})
