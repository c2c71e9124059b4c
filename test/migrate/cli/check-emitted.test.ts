// A migrated file that would not load (a syntax error, a name declared twice) is reported with its
// file and line before anything is written.
import { expect, test } from 'vitest'
import { checkEmitted } from '../../../src/migrate/check-emitted.ts'

const rel = (file: string) => file.replace('/project/', '')

test('reports duplicate declarations and syntax errors, file by file', () => {
  const errors = checkEmitted(
    [
      {
        path: '/project/steps/world.ts',
        content: "import { a } from './a'\nimport { a } from './b'\nlet x = 1\nlet x = 2\n",
      },
      { path: '/project/steps/broken.steps.ts', content: "Given('x', () => {\n" },
      { path: '/project/steps/fine.steps.ts', content: "import { Given } from 'brine'\nGiven('x', () => {})\n" },
      { path: '/project/migration-report.md', content: '# not code {' },
    ],
    rel,
  )
  expect(errors).toEqual([
    { file: 'steps/world.ts', line: 1, message: "the migrated file does not load: Duplicate identifier 'a'." },
    { file: 'steps/world.ts', line: 2, message: "the migrated file does not load: Duplicate identifier 'a'." },
    {
      file: 'steps/world.ts',
      line: 3,
      message: "the migrated file does not load: Cannot redeclare block-scoped variable 'x'.",
    },
    {
      file: 'steps/world.ts',
      line: 4,
      message: "the migrated file does not load: Cannot redeclare block-scoped variable 'x'.",
    },
    { file: 'steps/broken.steps.ts', line: 2, message: "the migrated file does not load: '}' expected." },
  ])
})
