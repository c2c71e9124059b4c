// Part of Python's semantics the translation keeps, checked against Python itself: each program in
// test/fixtures/migrate/behave/semantics runs under python3 and, translated, under brine/python;
// what each prints must be the same. (Known difference, not exercised here: floats that hold a whole
// number print as `2` instead of `2.0`, and tuples print as lists — JavaScript has neither.)
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import * as py from '../../../src/behave/python/index.ts'
import { parsePython } from '../../../src/migrate/behave/python-parser.ts'
import { translateModule } from '../../../src/migrate/behave/translate-module.ts'
import { repoRoot } from '../../support/fixture-project.ts'

const dir = join(repoRoot, 'test/fixtures/migrate/behave/semantics')
const out = mkdtempSync(join(tmpdir(), 'brine-semantics-'))
afterAll(() => rmSync(out, { recursive: true, force: true }))

const hasPython = !spawnSync('python3', ['--version']).error
const python = (file: string): string =>
  execFileSync('python3', [file], { encoding: 'utf8', env: { ...process.env, PYTHONHASHSEED: '0' } })

describe.each(readdirSync(dir).filter((f) => f.endsWith('.py')))('%s', (name) => {
  test.skipIf(!hasPython)('prints what Python prints (skipped when python3 is not on PATH)', async () => {
    const expected = python(join(dir, name))
    const { root } = await parsePython(readFileSync(join(dir, name), 'utf8'))
    const translated = translateModule({
      root,
      file: name,
      kind: 'helper',
      imports: { file: name, resolve: () => undefined },
      builtinsSpecifier: 'brine/python',
      defaultMatcher: 'parse',
      toCucumber: false,
      behaveVersion: '1.2',
    })
    expect(translated.report.todos).toEqual([])
    const file = join(out, name.replace(/\.py$/, '.ts'))
    writeFileSync(file, translated.content)
    const stdout = py.sys.stdout
    const captured = new py.io.StringIO()
    py.sys.stdout = captured
    try {
      await import(file)
    } finally {
      py.sys.stdout = stdout
    }
    expect(captured.getvalue()).toBe(expected)
  })
})
