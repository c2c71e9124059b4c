// The write plan (no overwrite without --force, atomic writes) and the report in Markdown and JSON.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import type { MigrationResult } from '../../../src/migrate/migration.ts'
import { hasTodos, reportJson, reportMarkdown, totals } from '../../../src/migrate/report.ts'
import { writeAtomic } from '../../../src/files/write-atomic.ts'
import { describePlan, planWrites, writePlan } from '../../../src/migrate/write-plan.ts'

const dir = mkdtempSync(join(tmpdir(), 'brine-plan-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('existing files are kept unless forced; writes leave no temporary file', () => {
  writeFileSync(join(dir, 'old.ts'), 'old')
  const files = [
    { path: join(dir, 'old.ts'), content: 'new' },
    { path: join(dir, 'sub/new.ts'), content: 'fresh' },
  ]
  expect(planWrites(files, false).map((e) => e.action)).toEqual(['skip', 'create'])
  expect(planWrites(files, true).map((e) => e.action)).toEqual(['overwrite', 'create'])
  const plan = writePlan(files, false)
  expect(readFileSync(join(dir, 'old.ts'), 'utf8')).toBe('old')
  expect(readFileSync(join(dir, 'sub/new.ts'), 'utf8')).toBe('fresh')
  expect(describePlan(plan, dir)).toBe('  exists    old.ts  (kept; --force overwrites)\n  create    sub/new.ts\n')
  writePlan(files, true)
  expect(readFileSync(join(dir, 'old.ts'), 'utf8')).toBe('new')
  expect(readdirSync(dir).sort()).toEqual(['old.ts', 'sub'])
})

test('a failed atomic write removes its temporary file and keeps the old one', () => {
  mkdirSync(join(dir, 'target.ts'))
  expect(() => writeAtomic(join(dir, 'target.ts'), 'x')).toThrow()
  expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
})

const result: MigrationResult = {
  source: 'behave',
  files: [{ path: '/out/steps/a.ts', content: '' }],
  definitions: [
    { origin: 'features/steps/a.py:3', pattern: 'a `tick` | pipe', matcher: 'parse', translated: 'fully', todos: [] },
    {
      origin: 'features/steps/a.py:9',
      pattern: 'b {x}',
      matcher: 're',
      translated: 'partly',
      todos: ['a.py:10: with statement is not translated'],
    },
    { origin: 'features/steps/a.py:20', pattern: 'c', matcher: 'parse', translated: 'not', todos: ['a.py:21: x'] },
  ],
  modules: [
    {
      path: 'features/steps/a.py',
      translated: 'partly',
      todos: ['a.py:10: with statement is not translated', 'a.py:21: x'],
    },
  ],
  errors: [{ file: 'features/steps/b.py', line: 4, message: 'Python syntax error: missing )' }],
  notes: ['behave 1.2 matching rules: pinned in requirements.txt (behave==1.2.6).'],
}

test('totals count each TODO once', () => {
  expect(totals(result)).toEqual({ definitions: 3, fully: 1, partly: 1, not: 1, todos: 2, modules: 1, errors: 1 })
  expect(hasTodos(result)).toBe(true)
  expect(
    hasTodos({
      ...result,
      definitions: [result.definitions[0]!],
      modules: [{ path: 'a.py', translated: 'fully', todos: [] }],
    }),
  ).toBe(false)
})

test('the Markdown report lists notes, totals, unreadable files, definitions, modules and TODOs', () => {
  const md = reportMarkdown(result)
  expect(md).toContain(
    '# Migration report (behave)\n\n- behave 1.2 matching rules: pinned in requirements.txt (behave==1.2.6).',
  )
  expect(md).toContain('- Definitions: 3 (translated fully 1, partly 1, not 1)')
  expect(md).toContain('- features/steps/b.py:4: Python syntax error: missing )')
  expect(md).toContain('| features/steps/a.py:3 | `` a `tick` \\| pipe `` | parse | fully |  |')
  expect(md).toContain('| features/steps/a.py:9 | `b {x}` | re | partly | a.py:10: with statement is not translated |')
  expect(md).toContain('| features/steps/a.py | partly | 2 |')
  expect(md).toContain('- [ ] a.py:21: x')
})

test('the JSON report has every field, the written paths and the totals', () => {
  const json = JSON.parse(reportJson(result))
  expect(json.files).toEqual(['/out/steps/a.ts'])
  expect(json.definitions).toEqual(result.definitions)
  expect(json.errors).toEqual(result.errors)
  expect(json.totals.todos).toBe(2)
})
