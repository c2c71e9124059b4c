// Reading a behave project statically: Python strings and syntax errors via tree-sitter, pattern
// fields and how behave binds them, behave version pins, and --to cucumber's equivalence rule.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { behaveRequirement, detectBehaveVersion, versionAllowedBy } from '../../../src/migrate/behave/behave-version.ts'
import { toCucumberExpression } from '../../../src/migrate/behave/cucumber-pattern.ts'
import { bindFields, parseFields, regexFields } from '../../../src/migrate/behave/pattern-fields.ts'
import { kids, parsePython } from '../../../src/migrate/behave/python-parser.ts'
import { stringValue } from '../../../src/migrate/behave/python-string.ts'
import { quote } from '../../../src/migrate/behave/translate/quote.ts'

async function literal(source: string): Promise<string | undefined> {
  const { root } = await parsePython(`x = ${source}\n`)
  const assignment = kids(kids(root)[0]!)[0]!
  return stringValue(assignment.childForFieldName('right')!)
}

describe('Python string literals', () => {
  test.each([
    [String.raw`u'I have {n:d} "{what}"'`, 'I have {n:d} "{what}"'],
    [String.raw`r'(?P<n>\d+)'`, String.raw`(?P<n>\d+)`],
    [String.raw`'(?P<n>\d+)\t\x41\u00e9\101\'\\'`, "(?P<n>\\d+)\tAé A'\\".replace(' ', '')],
    [String.raw`"a" 'b' u"c"`, 'abc'],
    ["'''multi\nline'''", 'multi\nline'],
    [
      String.raw`'line\
continued'`,
      'linecontinued',
    ],
  ])('%s', async (source, value) => {
    expect(await literal(source)).toBe(value)
  })

  test('f-strings and bytes have no static value', async () => {
    expect(await literal(`f'{x}'`)).toBeUndefined()
    expect(await literal(`b'x'`)).toBeUndefined()
    expect(await literal(`'a' f'{x}'`)).toBeUndefined()
    expect(await literal('42')).toBeUndefined()
  })
})

test('a syntax error is reported with its line', async () => {
  const parsed = await parsePython('def ok():\n    pass\n\ndef bad(:\n    pass\n')
  expect(parsed.error?.line).toBe(4)
  expect((await parsePython('x = (1,\n')).error?.message).toMatch(/missing|invalid/)
  expect((await parsePython('x = 1\n')).error).toBeUndefined()
})

describe('pattern fields and binding', () => {
  test('parse: named, unnamed, typed, escaped braces and back-references', () => {
    expect(parseFields('{{literal}} {a} {:d} {b:Number+} {a}')).toEqual([
      { name: 'a', format: '' },
      { format: 'd' },
      { name: 'b', format: 'Number+' },
    ])
    expect(parseFields('unclosed {a')).toEqual([])
  })

  test('re: groups in order, named ones by name, the rest skipped', () => {
    expect(regexFields(String.raw`(?P<a>\d+) (\w+)(?:x)(?=y)(?<b>z)[(](?P=a)\(`)).toEqual([
      { name: 'a', format: '' },
      { format: '' },
      { name: 'b', format: '' },
    ])
    expect(regexFields('[^]()](x)')).toEqual([{ format: '' }])
  })

  test('behave calls func(context, *unnamed, **named)', () => {
    const fields = regexFields(String.raw`(?P<member>\w+) pays (\d+)(?: in (?P<currency>\w+))?`)
    const params = [{ name: 'paid' }, { name: 'member' }, { name: 'currency', defaultValue: 'None' }]
    expect(bindFields(fields, params)).toEqual({ fill: [1, 0, 2], problems: [] })
    expect(bindFields(parseFields('{a} {b}'), [{ name: 'a' }]).problems).toEqual(['unexpected keyword argument "b"'])
    expect(bindFields(parseFields('{a} {b}'), [{ name: 'a' }], true).problems).toEqual([])
    expect(bindFields(parseFields('{} {}'), [{ name: 'a' }]).problems).toEqual(['1 positional argument(s) too many'])
    expect(bindFields(parseFields('{a}'), [{ name: 'a' }, { name: 'b' }]).problems).toEqual([
      'no argument for parameter "b"',
    ])
  })
})

describe('behave version', () => {
  test.each([
    ['behave==1.2.6\n', '==1.2.6', '1.2'],
    ['pytest\nbehave >= 1.2.6, < 1.3  # pinned\n', '>=1.2.6,<1.3', '1.2'],
    ['behave>=1.2.6\n', '>=1.2.6', '1.3'],
    ['behave~=1.2.6\n', '~=1.2.6', '1.2'],
    ['behave~=1.2\n', '~=1.2', '1.3'],
    ['dependencies = ["behave==1.3.0", "requests"]\n', '==1.3.0', '1.3'],
    ['[tool.poetry.dependencies]\nbehave = "^1.2.6"\n', '^1.2.6', '1.3'],
    ['behave = "~1.2.6"\n', '~1.2.6', '1.2'],
    ['behave = "1.2.6"\n', '1.2.6', '1.2'],
    ['install_requires =\n    behave[toml]==1.2.*\n', '==1.2.*', '1.2'],
    ['behave\n', '', '1.3'],
    ['behave!=1.3.0,<1.4\n', '!=1.3.0,<1.4', '1.3'],
    ['behave<=1.2.6\n', '<=1.2.6', '1.2'],
    ['behave>1.2.6\n', '>1.2.6', '1.3'],
  ])('%j', (text, spec, version) => {
    expect(behaveRequirement(text)).toBe(spec)
    expect(versionAllowedBy(spec)).toBe(version)
  })

  test('other packages named like behave are not behave', () => {
    expect(behaveRequirement('behave-django==1.4\nbehave_rest\n')).toBeUndefined()
  })

  test('--behave, then pins, then behave on PATH, then 1.3', () => {
    const dir = mkdtempSync(join(tmpdir(), 'brine-version-'))
    try {
      expect(detectBehaveVersion(dir, { given: '1.2' })).toEqual({ version: '1.2', reason: 'given with --behave 1.2' })
      expect(detectBehaveVersion(dir, { runBehave: () => 'behave 1.2.6\n' })).toEqual({
        version: '1.2',
        reason: '`behave --version` on PATH printed "behave 1.2.6"',
      })
      expect(detectBehaveVersion(dir, { runBehave: () => 'behave 1.3.3' }).version).toBe('1.3')
      expect(detectBehaveVersion(dir, { runBehave: () => undefined }).reason).toMatch(/no pin .* no behave on PATH/)
      writeFileSync(join(dir, 'setup.cfg'), '[options]\ninstall_requires = behave<1.3\n')
      expect(detectBehaveVersion(dir, { runBehave: () => 'behave 1.3.3' })).toEqual({
        version: '1.2',
        reason: 'pinned in setup.cfg (behave<1.3)',
      })
      writeFileSync(join(dir, 'requirements-test.txt'), 'behave==1.3.1\n')
      expect(detectBehaveVersion(dir).reason).toBe('pinned in requirements-test.txt (behave==1.3.1)')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('--to cucumber', () => {
  test('only field-free parse patterns under 1.3 convert, with Cucumber specials escaped', () => {
    expect(toCucumberExpression('the cart (a/b) is {{empty}}', 'parse', '1.3')).toBe(
      'the cart \\(a\\/b\\) is \\{empty\\}',
    )
    expect(toCucumberExpression('a plain step', 'cfparse', '1.3')).toBe('a plain step')
    expect(toCucumberExpression('a plain step', 'parse', '1.2')).toBeUndefined()
    expect(toCucumberExpression('I have {n:d}', 'parse', '1.3')).toBeUndefined()
    expect(toCucumberExpression('I have "{x}"', 'parse', '1.3')).toBeUndefined()
    expect(toCucumberExpression('a plain step', 're', '1.3')).toBeUndefined()
  })
})

test('generated string literals are single-quoted and escape what they must', () => {
  expect(quote(`it's a \\ "quote"\n\r\t\u0001\u2028`)).toBe(`'it\\'s a \\\\ "quote"\\n\\r\\t\\u0001\\u2028'`)
})

test('without a pin, the behave on PATH decides (or 1.3 when there is none)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'brine-version-'))
  try {
    const detected = detectBehaveVersion(dir)
    expect(detected.reason).toMatch(/^`behave --version` on PATH printed "behave \d|^no pin/)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
})
