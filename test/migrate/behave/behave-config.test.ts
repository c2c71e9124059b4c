// behave's configuration in a migrated project: behave.ini, .behaverc, setup.cfg and tox.ini read
// as behave 1.2.6 reads them, the settings with a meaning for brine written into vitest.config.ts
// (dialect, tags, paths, lang, userdata), every other one named in the report.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { migrateBehave } from '../../../src/migrate/behave/index.ts'
import { readBehaveSettings, readIni } from '../../../src/migrate/behave/behave-settings.ts'
import { brineConfigPlan, type PlanContext } from '../../../src/migrate/behave/brine-config.ts'

const dirs: string[] = []
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })))

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'brine-behave-config-'))
  dirs.push(dir)
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

const planFor = (files: Record<string, string>, at: (source: string) => Partial<PlanContext> = () => ({})) => {
  const source = project(files)
  const context: PlanContext = {
    source,
    root: source,
    out: join(source, 'steps'),
    base: join(source, 'features'),
    version: '1.2',
    ...at(source),
  }
  return brineConfigPlan(readBehaveSettings(source), context)
}

describe('reading the files', () => {
  test('INI as Python reads it: both separators, continuation lines, comments, %%', () => {
    const ini = readIni('# c\n[behave]\ntags = @a\n  @b\n; c\nlang: de\nformat=%%x\n[other]\nx = 1\n')
    expect(Object.fromEntries(ini.get('behave')!)).toEqual({ tags: '@a\n@b', lang: 'de', format: '%x' })
  })

  test('behave.ini wins over .behaverc, setup.cfg and tox.ini; files without [behave] do not count', () => {
    const root = project({
      'tox.ini': '[behave]\nlang = fr\ndefault_tags = -@slow\n',
      'setup.cfg': '[metadata]\nname = x\n',
      'behave.ini': '[behave]\nlang = de\n[behave.userdata]\nbrowser = firefox\n',
    })
    const settings = readBehaveSettings(root)
    expect(settings.files).toEqual(['tox.ini', 'behave.ini'])
    expect(settings.settings.get('lang')).toEqual({ name: 'lang', value: 'de', file: 'behave.ini' })
    expect(settings.settings.get('default_tags')?.file).toBe('tox.ini')
    expect(settings.userdata).toEqual({ browser: 'firefox' })
  })
})

describe('what brine() gets', () => {
  test.each([
    ['default_tags = -@xfail', 'not @xfail'],
    ['default_tags = -@xfail ~@slow', 'not @xfail and not @slow'],
    ['tags = @a,@b\n  ~@c', '(@a or @b) and not @c'],
    ['tags = smoke', '@smoke'],
    ['default_tags = -@xfail\ntags = @wip', '@wip'],
    ['wip = true\ndefault_tags = -@slow', '@wip and not @slow'],
  ])('[behave] %j selects %j', (settings, expression) => {
    expect(planFor({ 'behave.ini': `[behave]\n${settings}\n` }).options.tags).toBe(expression)
  })

  test('paths, lang and userdata become options; the dialect is always on', () => {
    const plan = planFor({
      'behave.ini': '[behave]\npaths = tests/features\n  extra/one.feature\nlang = de\n[behave.userdata]\nenv = ci\n',
    })
    expect(plan.options).toEqual({
      dialect: 'behave',
      features: ['tests/features/**/*.feature', 'extra/one.feature'],
      language: 'de',
      worldParameters: { userdata: { env: 'ci' } },
    })
  })

  test('globs are relative to where brine runs, and steps elsewhere are listed', () => {
    expect(planFor({ 'features/a.feature': '' }).options).toEqual({ dialect: 'behave' })
    const moved = planFor({}, (source) => ({ out: join(source, 'test/steps') }))
    expect(moved.options.steps).toEqual(['test/steps/**/*.{ts,js,mts,mjs}'])
    const above = planFor({}, (source) => ({ root: dirname(source), out: join(dirname(source), 'steps') }))
    expect((above.options.features as string[])[0]).toMatch(/^brine-behave-config-\w+\/features\/\*\*\/\*\.feature$/)
    expect(above.options.steps).toBeUndefined()
  })

  test('every other setting is reported with what takes its place', () => {
    const plan = planFor({
      'behave.ini': '[behave]\nformat = progress\njunit = true\nstop = true\nsteps_dir = specs\nmystery = 1\n',
    })
    expect(plan.notes).toEqual([
      "behave.ini: format is not applied: reports are Vitest reporters (brine/reporters/*, Vitest's junit)",
      "behave.ini: junit is not applied: reports are Vitest reporters (brine/reporters/*, Vitest's junit)",
      "behave.ini: stop is not applied: stop at the first failure with Vitest's --bail=1",
      'behave.ini: steps_dir is not read by behave 1.2.6 (it always uses steps/), so it is not applied either',
      'behave.ini: mystery is not applied: brine has no such setting',
    ])
  })
})

describe('the migration', () => {
  test('writes vitest.config.ts with the options, and the report says where each came from', async () => {
    const root = project({
      'behave.ini': '[behave]\ndefault_tags = -@xfail\nformat = progress\n',
      'features/steps/s.py': "from behave import given\n@given('x')\ndef s(context):\n    pass\n",
      'requirements.txt': 'behave==1.2.6\n',
    })
    const result = await migrateBehave({ source: root, out: join(root, 'steps'), root })
    const config = result.files.find((f) => f.path === join(root, 'vitest.config.ts'))!
    expect(config.content).toContain("brine({\n      dialect: 'behave',\n      tags: 'not @xfail',\n    })")
    expect(result.notes).toContain(
      "vitest.config.ts runs the features with brine({ dialect: 'behave', tags: 'not @xfail' }).",
    )
    expect(result.notes).toContain("behave's settings were read from behave.ini:")
    expect(result.notes).toContain('  behave.ini: default_tags → brine({ tags: "not @xfail" })')
  })

  test('leaves an existing config alone and says what to add', async () => {
    const root = project({
      'vitest.config.ts': 'export default {}\n',
      'features/steps/s.py': "from behave import given\n@given('x')\ndef s(context):\n    pass\n",
    })
    const result = await migrateBehave({ source: root, out: join(root, 'steps'), root })
    expect(result.files.some((f) => f.path.endsWith('vitest.config.ts'))).toBe(false)
    expect(result.notes).toContain(
      "vitest.config.ts exists and was left as it is: call brine({ dialect: 'behave' }) there.",
    )
  })

  test('behave 1.3 reads the step files from steps_dir', async () => {
    const root = project({
      'behave.ini': '[behave]\nsteps_dir = specs\n',
      'features/specs/s.py': "from behave import given\n@given('x')\ndef s(context):\n    pass\n",
      'requirements.txt': 'behave==1.3.0\n',
    })
    const result = await migrateBehave({ source: root, out: join(root, 'steps'), root })
    expect(result.definitions.map((d) => d.origin)).toEqual(['features/specs/s.py:2'])
    expect(result.notes).toContain('  behave.ini: steps_dir: the step files were read from specs/')
  })
})
