// Golden files: each behave fixture project migrated in-process; every generated module and the
// report must equal the checked-in expected text (run Vitest with -u to accept a change on purpose).
import { join, relative } from 'node:path'
import { describe, expect, test } from 'vitest'
import { migrateBehave } from '../../../src/migrate/behave/index.ts'
import { reportMarkdown } from '../../../src/migrate/report.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const fixtures = join(repoRoot, 'test/fixtures/migrate/behave')
const out = '/out/steps'

describe.each(['simple', 'library', 'constructs', 'broken'])('behave project "%s"', (name) => {
  test('migrates to the expected TypeScript and report', async () => {
    const result = await migrateBehave({ source: join(fixtures, name), out })
    const expected = join(fixtures, 'expected', name)
    for (const file of result.files) {
      const path = relative(out, file.path)
      await expect(file.content).toMatchFileSnapshot(join(expected, `${path}.txt`))
    }
    await expect(reportMarkdown(result)).toMatchFileSnapshot(join(expected, 'migration-report.md.txt'))
  })
})
