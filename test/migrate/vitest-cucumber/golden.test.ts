// Golden files: each folder under test/fixtures/migrate/vitest-cucumber/golden has an `input`
// project (spec files named *.ts.txt so they are not compiled here), the files the migration
// plans under `expected/` (named *.txt), and `report.txt`. UPDATE_GOLDEN=1 rewrites them.
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { migrateVitestCucumber } from '../../../src/migrate/vitest-cucumber/index.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const dir = join(repoRoot, 'test/fixtures/migrate/vitest-cucumber/golden')
const update = process.env.UPDATE_GOLDEN === '1'
const work = mkdtempSync(join(tmpdir(), 'brine-vitest-cucumber-golden-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

function expectGolden(file: string, actual: string): void {
  if (update) {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
  }
  expect(actual, file).toBe(existsSync(file) ? readFileSync(file, 'utf8') : undefined)
}

function stripTxt(root: string): void {
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name)
    if (entry.isFile() && path.endsWith('.ts.txt')) renameSync(path, path.slice(0, -4))
  }
}

test.each(readdirSync(dir))('%s', async (name) => {
  const source = join(work, name)
  cpSync(join(dir, name, 'input'), source, { recursive: true })
  stripTxt(source)
  const result = await migrateVitestCucumber({ source, out: join(source, 'steps') })
  const planned = result.files.map((f) => relative(source, f.path))
  const expectedDir = join(dir, name, 'expected')
  if (update) rmSync(expectedDir, { recursive: true, force: true })
  for (const file of result.files) expectGolden(join(expectedDir, `${relative(source, file.path)}.txt`), file.content)
  if (existsSync(expectedDir)) {
    const expected = readdirSync(expectedDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(expectedDir, join(e.parentPath, e.name)).slice(0, -4))
    expect(planned.sort()).toEqual(expected.sort())
  } else expect(planned).toEqual([])
  const report = [
    ...result.definitions.flatMap((d) => [
      `definition ${d.origin} ${JSON.stringify(d.pattern)} ${d.translated}`,
      ...d.todos.map((t) => `  todo: ${t}`),
    ]),
    ...result.modules.flatMap((m) => [`module ${m.path} ${m.translated}`, ...m.todos.map((t) => `  todo: ${t}`)]),
    ...result.errors.map((e) => `error ${e.file}:${e.line}: ${e.message}`),
    ...result.notes.map((n) => `note: ${n}`),
  ]
  expectGolden(join(dir, name, 'report.txt'), report.join('\n') + '\n')
})
