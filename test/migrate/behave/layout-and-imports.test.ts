// Where a behave project keeps its files and how imports resolve: steps/ directly in the project
// or under features/, 1.2's flat step folder and 1.3's nested one, project packages and relative
// imports translated alongside, everything else reported as a TODO.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, expect, test } from 'vitest'
import { loadMigrator } from '../../../src/cli/commands/migrate.ts'
import { migrateBehave } from '../../../src/migrate/behave/index.ts'
import { projectLayout, resolveModule } from '../../../src/migrate/behave/project-layout.ts'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'brine-layout-'))
  dirs.push(dir)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

test('behave 1.2 loads steps/*.py sorted; 1.3 descends into sub-folders', () => {
  const root = project({
    'steps/b.py': '',
    'steps/a.py': '',
    'steps/sub/c.py': '',
    'steps/notes.txt': '',
    'environment.py': '',
  })
  expect(projectLayout(root, '1.2')).toMatchObject({
    base: root,
    stepFiles: ['steps/a.py', 'steps/b.py'],
    environment: 'environment.py',
  })
  expect(projectLayout(root, '1.3').stepFiles).toEqual(['steps/a.py', 'steps/b.py', 'steps/sub/c.py'])
  expect(projectLayout(project({}), '1.3').stepFiles).toEqual([])
})

test('imports resolve against steps/, the base folder and the project root, packages and relative ones too', () => {
  const root = project({
    'features/steps/s.py': '',
    'features/steps/local.py': '',
    'features/support.py': '',
    'lib/__init__.py': '',
    'lib/money.py': '',
  })
  const layout = projectLayout(root, '1.2')
  expect(resolveModule(layout, 'local', 0, 'features/steps/s.py')).toBe('features/steps/local.py')
  expect(resolveModule(layout, 'support', 0, 'features/steps/s.py')).toBe('features/support.py')
  expect(resolveModule(layout, 'lib.money', 0, 'features/steps/s.py')).toBe('lib/money.py')
  expect(resolveModule(layout, 'lib', 0, 'features/steps/s.py')).toBe('lib/__init__.py')
  expect(resolveModule(layout, 'money', 1, 'lib/__init__.py')).toBe('lib/money.py')
  expect(resolveModule(layout, 'requests', 0, 'features/steps/s.py')).toBeUndefined()
})

test('project modules are translated next to the steps; other imports become TODOs', async () => {
  const root = project({
    'requirements.txt': 'behave==1.2.6\n',
    'features/steps/shop_steps.py': [
      'import requests',
      'import lib',
      'import os.path',
      'from lib.money import cents, Money as M, missing',
      'from helpers import *',
      'from . import nothing',
      'from behave import given',
      '',
      "@given(u'{n:d} cents')",
      'def step(context, n):',
      '    context.money = M(cents(n))',
      '    context.total = lib.VERSION',
      '    context.session = requests.Session()',
      '',
    ].join('\n'),
    'lib/__init__.py': 'VERSION = 2\n',
    'lib/money.py':
      'from .util import twice\n\ndef cents(n):\n    return twice(n) / 2\n\nclass Money:\n    def __init__(self, cents):\n        self.cents = cents\n',
    'lib/util.py': 'def twice(n):\n    return n * 2\n',
  })
  const result = await migrateBehave({ source: root, out: join(root, 'steps') })
  const files = Object.fromEntries(result.files.map((f) => [f.path.slice(root.length + 1), f.content]))
  expect(Object.keys(files).sort()).toEqual([
    'steps/lib/index.ts',
    'steps/lib/money.ts',
    'steps/lib/util.ts',
    'steps/shop_steps.ts',
  ])
  const steps = files['steps/shop_steps.ts']!
  expect(steps).toContain("import * as lib from './lib/index.js'")
  expect(steps).toContain("import { cents, Money as M } from './lib/money.js'")
  expect(steps).toContain('context.money = new M(cents(n))')
  expect(steps).toContain('context.total = lib.VERSION')
  expect(files['steps/lib/money.ts']).toContain("import { twice } from './util.js'")
  const todos = result.modules.find((m) => m.path === 'features/steps/shop_steps.py')!.todos
  // The standard library comes from brine/python; anything else is a placeholder that fails when used.
  expect(steps).toContain("const requests = py.untranslated('requests', 'features/steps/shop_steps.py:1')")
  expect(todos).toEqual([
    'features/steps/shop_steps.py:1: import of requests is not translated (not a project module, not in brine/python); placeholder: requests',
    'features/steps/shop_steps.py:4: missing is not defined at the top level of lib/money.py; placeholder: missing',
    'features/steps/shop_steps.py:5: `from helpers import *` (not a project module, not in brine/python) is not translated',
    'features/steps/shop_steps.py:6: import of . is not translated (not a project module, not in brine/python); placeholder: nothing',
  ])
  expect(result.notes[0]).toBe('behave 1.2 matching rules: pinned in requirements.txt (behave==1.2.6).')
})

test('a migrator missing from this build is a clear error', async () => {
  const missing = Object.assign(new Error("Cannot find module './cucumber-js/index.js'"), {
    code: 'ERR_MODULE_NOT_FOUND',
  })
  const loaders = {
    behave: () => Promise.reject(new Error('boom')),
    'cucumber-js': () => Promise.reject(missing),
    'vitest-cucumber': () => Promise.reject(missing),
  }
  await expect(loadMigrator('cucumber-js', loaders)).rejects.toThrow(
    'the cucumber-js migrator is not available in this build of brine',
  )
  await expect(loadMigrator('behave', loaders)).rejects.toThrow('boom')
})
