// Golden files: each folder under test/fixtures/migrate/cucumber-js/golden holds an input
// support file, the converted file and the report lines. UPDATE_GOLDEN=1 rewrites the expected
// files (review the diff before committing).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { convertFile } from '../../../src/migrate/cucumber-js/convert-file.ts'
import { parseSource } from '../../../src/migrate/cucumber-js/parse-source.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const dir = join(repoRoot, 'test/fixtures/migrate/cucumber-js/golden')
const update = process.env.UPDATE_GOLDEN === '1'

function expectGolden(file: string, actual: string): void {
  if (update) writeFileSync(file, actual)
  expect(actual).toBe(existsSync(file) ? readFileSync(file, 'utf8') : undefined)
}

test.each(readdirSync(dir))('%s', (name) => {
  const input = readFileSync(join(dir, name, 'input.ts.txt'), 'utf8')
  const parsed = parseSource(`${name}.ts`, input)
  if (parsed.error) {
    expectGolden(join(dir, name, 'report.txt'), `error: line ${parsed.error.line}: ${parsed.error.message}\n`)
    return
  }
  const result = convertFile(parsed.sourceFile, `${name}.ts`)
  expectGolden(join(dir, name, 'output.ts.txt'), result.text)
  const report = [
    ...result.definitions.flatMap((d) => [
      `definition ${d.origin} ${d.matcher} ${JSON.stringify(d.pattern)} ${d.translated}`,
      ...d.todos.map((t) => `  todo: ${t}`),
    ]),
    ...result.todos.map((t) => `todo: ${t}`),
    ...result.notes.map((n) => `note: ${n}`),
  ]
  expectGolden(join(dir, name, 'report.txt'), report.join('\n') + '\n')
  // The output must itself parse: a codemod that breaks syntax is worse than none.
  expect(parseSource(`${name}.ts`, result.text).error).toBeUndefined()
})
