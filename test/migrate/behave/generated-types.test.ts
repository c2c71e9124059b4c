// The generated TypeScript type-checks under the strict settings brine itself uses, so editors and
// `tsc` accept a migrated project as it is.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { afterAll, expect, test } from 'vitest'
import { migrateBehave } from '../../../src/migrate/behave/index.ts'
import { writePlan } from '../../../src/migrate/write-plan.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const out = mkdtempSync(join(tmpdir(), 'brine-types-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

test('migrated step files and helpers have no type errors', async () => {
  const files: string[] = []
  for (const name of ['simple', 'library', 'constructs']) {
    const result = await migrateBehave({
      source: join(repoRoot, 'test/fixtures/migrate/behave', name),
      out: join(out, name),
    })
    writePlan(result.files, true)
    files.push(...result.files.map((f) => f.path))
  }
  const program = ts.createProgram(files, {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: true,
    noEmit: true,
    types: ['node'],
    typeRoots: [join(repoRoot, 'node_modules/@types')],
    baseUrl: repoRoot,
    paths: {
      brine: ['./src/runtime/index.ts'],
      'brine/behave': ['./src/behave/index.ts'],
      'brine/python': ['./src/behave/python/index.ts'],
      vitest: ['./node_modules/vitest'],
    },
    allowImportingTsExtensions: true,
  })
  const errors = ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName.startsWith(out))
    .map(
      (d) =>
        `${relative(out, d.file!.fileName)}:${d.file!.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
    )
  expect(errors).toEqual([])
}, 60_000)
