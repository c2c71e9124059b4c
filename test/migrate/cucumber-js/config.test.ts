// Golden files: each folder under test/fixtures/migrate/cucumber-js/config holds a cucumber-js
// config, the Vitest config the migration writes for it (`expected.vitest.config.mjs.txt`) and
// what the report says of each option (`expected.report.txt`). UPDATE_GOLDEN=1 rewrites the
// expected files (review the diff before committing).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import ts from 'typescript'
import { expect, test } from 'vitest'
import { migrateCucumberJs } from '../../../src/migrate/cucumber-js/index.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const dir = join(repoRoot, 'test/fixtures/migrate/cucumber-js/config')
const update = process.env.UPDATE_GOLDEN === '1'

function expectGolden(file: string, actual: string): void {
  if (update) writeFileSync(file, actual)
  expect(actual).toBe(existsSync(file) ? readFileSync(file, 'utf8') : undefined)
}

test.each(readdirSync(dir))('%s', async (name) => {
  const source = join(dir, name)
  const result = await migrateCucumberJs({ source, out: join(source, 'steps') })
  const config = result.files.find((f) => basename(f.path).startsWith('vitest.config'))!
  expectGolden(join(source, 'expected.vitest.config.mjs.txt'), config.content)
  const report = [
    ...result.notes.map((n) => `note: ${n}`),
    ...result.modules.flatMap((m) => m.todos.map((t) => `todo: ${m.path}: ${t}`)),
  ]
  expectGolden(join(source, 'expected.report.txt'), `${report.join('\n')}\n`)
  // What is written must itself be valid JavaScript.
  const output = ts.transpileModule(config.content, { fileName: 'vitest.config.mjs', reportDiagnostics: true })
  expect(output.diagnostics).toEqual([])
})
