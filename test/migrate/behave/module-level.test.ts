// Module-level Python: matcher switches, custom types, classes and what stays untranslated there.
import { expect, test } from 'vitest'
import { parsePython } from '../../../src/migrate/behave/python-parser.ts'
import { translateModule, type ModuleKind } from '../../../src/migrate/behave/translate-module.ts'

async function translate(source: string, kind: ModuleKind = 'steps') {
  const { root } = await parsePython(source)
  return translateModule({
    root,
    file: 'features/steps/m.py',
    kind,
    imports: { file: 'features/steps/m.py', resolve: () => undefined },
    builtinsSpecifier: 'brine/python',
    defaultMatcher: 're',
    toCucumber: false,
    behaveVersion: '1.2',
  })
}

test('step files start with the default matcher environment.py chose', async () => {
  const out = await translate("@given('x')\ndef s(context):\n    pass\n")
  expect(out.content).toContain("setBehaveVersion('1.2')\nuseStepMatcher('re')\n")
  expect(out.definitions).toEqual([
    { origin: 'features/steps/m.py:1', pattern: 'x', matcher: 're', translated: 'fully', todos: [] },
  ])
})

test('register_type through behave.matchers, with a lambda; a table assigned twice; six.moves', async () => {
  const out = await translate(
    [
      'from behave import matchers',
      'from six.moves import zip',
      'matchers.register_type(custom=lambda s: s.upper(), Int=int)',
      'TABLE = [1]',
      'TABLE = [2]',
      'PAIRS = list(zip(TABLE, "a"))',
      '',
    ].join('\n'),
  )
  expect(out.report.todos).toEqual([])
  expect(out.content).toContain(
    'registerType({ custom: (s: any) => s.toUpperCase(), Int: (text: string) => py.int(text) })',
  )
  expect(out.content).toContain('export let TABLE = [1]\n\nTABLE = [2]\n')
  expect(out.content).toContain('const zip = py.six.moves.zip')
})

test.each([
  ['use_step_matcher("regex")', 'use_step_matcher("regex") is not a known matcher'],
  [
    'from behave import register_type\nregister_type(**{"A": int})',
    'register_type() with a dict argument is not translated',
  ],
  ['from behave import register_type\nregister_type(A=unknown)', 'type converter unknown is not translated'],
  ['from behave import register_type\nregister_type(A=t[0])', 'type converter t[0] is not statically resolvable'],
  [
    'from behave import register_type\nfrom parse_type import TypeBuilder\nregister_type(A=TypeBuilder.make_choice(["a"], foo=1))',
    'TypeBuilder.make_choice(foo=…) is not translated',
  ],
  [
    'import parse\n@parse.with_pattern(PATTERN)\ndef p(text):\n    return text',
    'with_pattern() argument is not a string literal',
  ],
  ['@dataclass\nclass C:\n    pass', 'unknown name "dataclass"'],
  ['@functools.cache\ndef helper():\n    pass', 'unknown name "functools"'],
  ['class A(B, C):\n    pass', 'unknown name "B"'],
  ['class A:\n    x.y = 1', 'class attributes other than plain names are not translated'],
  ['class A:\n    for i in []:\n        pass', 'for statement in a class body is not translated'],
  [
    "@given('x')\ndef s(context, *, n):\n    pass",
    'step functions with *args, keyword-only parameters or **kwargs are not translated',
  ],
  [
    "import functools\n@given('x')\n@functools.cache\ndef s(context):\n    pass",
    'decorator @functools.cache on a step function is not translated',
  ],
])('%s', async (python, todo) => {
  const out = await translate(python)
  expect(out.report.todos.join('\n')).toContain(todo)
  expect(out.report.translated).not.toBe('fully')
})

test('register_type with built-ins, TypeBuilder results, converters and cardinality helpers', async () => {
  const out = await translate(
    [
      'import parse',
      'from behave import register_type',
      'from parse_type import TypeBuilder',
      '@parse.with_pattern(r"\\d+")',
      'def number(text):',
      '    return int(text)',
      'color = TypeBuilder.make_enum({"red": 1, "blue": 2})',
      'register_type(Int=int, Float=float, Number=number, Color=color, Numbers=TypeBuilder.with_many(number))',
      'if __name__ == "__main__":',
      '    pass',
    ].join('\n'),
  )
  expect(out.content).toContain("withPattern('\\\\d+', number)")
  expect(out.content).toContain('export let color = TypeBuilder.makeEnum({ red: 1, blue: 2 })')
  expect(out.content).toContain(
    'registerType({ Int: (text: string) => py.int(text), Float: (text: string) => py.float(text), Number: number, Color: color, Numbers: TypeBuilder.withMany(number) })',
  )
  expect(out.report.translated).toBe('fully')
})

test('a class with a base class, class attributes, static, class methods and properties', async () => {
  const out = await translate(
    [
      'class Base(object):',
      '    """Docstring."""',
      '    size = 1',
      '    def __init__(self, n):',
      '        self.n = n',
      '    def __len__(self):',
      '        return self.n',
      '    @classmethod',
      '    def make(cls):',
      '        return cls(2)',
      '    @property',
      '    def double(self):',
      '        return self.n * 2',
      'class Error(Exception):',
      '    pass',
      'class Child(Base):',
      '    def __eq__(self, other):',
      '        return self.n == other.n',
    ].join('\n'),
    'helper',
  )
  expect(out.content).toContain('export class Base extends py.object {')
  expect(out.content).toContain('const size = 1\n      py.classAttributes(this, { size })')
  expect(out.content).toContain("py.staticMethods(this, ['make'])")
  expect(out.content).toContain('__init__(n: any) {\n    this.n = n\n  }')
  expect(out.content).toContain('static make() {\n    return new this(2)\n  }')
  expect(out.content).toContain('get double() {')
  // A project class named like a JavaScript global is renamed, here and where it is imported.
  expect(out.content).toContain('export class Error_ extends py.Exception {')
  expect(out.content).toContain('export class Child extends Base {')
  expect(out.content).toContain('__eq__(other: any) {\n    return py.eq(this.n, other.n)\n  }')
  expect(out.exports.get('Base')).toMatchObject({
    kind: 'class',
    members: new Map([
      ['__init__', 'method'],
      ['__len__', 'method'],
      ['make', 'classmethod'],
      ['double', 'property'],
      ['size', 'attribute'],
    ]),
  })
})

test('module-level code that is not a definition runs at import, guarded; decorators apply as in Python', async () => {
  const out = await translate(
    [
      'import functools',
      'import sys',
      'from dataclasses import dataclass',
      'for i in range(3):',
      '    pass',
      'x, y = 1, 2',
      'sys.path.insert(0, ".")',
      'TOTAL = sum([1, 2])',
      '@functools.lru_cache',
      'def cached():',
      '    return 1',
      '@dataclass',
      'class Point:',
      '    x: int',
      '    y: int = 0',
    ].join('\n'),
    'helper',
  )
  expect(out.content).toContain('export let i: any, x: any, y: any')
  expect(out.content).toContain("py.runAtImport('features/steps/m.py:4', () => {")
  expect(out.content).toContain(';[x, y] = [1, 2]')
  expect(out.content).toContain("py.callMethod(sys.path, 'insert', 0, '.')")
  expect(out.content).toContain(
    "export let TOTAL = py.atImport('TOTAL', 'features/steps/m.py:8', () => py.sum([1, 2]))",
  )
  expect(out.content).toContain(
    "export const cached = py.atImport('cached', 'features/steps/m.py:9', () => functools.lru_cache(py.named('cached', function cached() {",
  )
  expect(out.content).toContain(
    "export const Point = py.atImport('Point', 'features/steps/m.py:12', () => dataclass(py.named('Point', class Point extends py.object {",
  )
  expect(out.report.todos).toEqual([])
})

test('step functions that all share one name stay inline; one called by name gets a function of its own', async () => {
  const out = await translate(
    [
      "@given('a')",
      'def step_impl(context):',
      '    context.a = 1',
      "@given('b {n}')",
      'def step_impl(context, n):',
      '    context.b = n',
      "@given('c')",
      'def helper_step(context):',
      '    pass',
      "@given('d')",
      'def step_impl(context):',
      '    helper_step(context)',
    ].join('\n'),
  )
  expect(out.content).toContain("Given('a', { origin: 'features/steps/m.py:1' }, (context, _args) => {")
  expect(out.content).toContain("Given('b {n}', { origin: 'features/steps/m.py:4' }, (context, { n }) => {")
  expect(out.content).toContain('function helper_step(context: Context) {')
  expect(out.content).toContain(
    "Given('c', { origin: 'features/steps/m.py:7' }, (context, args) => helper_step(context))",
  )
})
