// The smaller pieces of brine/behave: Python regex translation (against data written by Python's
// re), userdata, parse_type's TypeBuilder helpers, custom type registration and parse's API.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import * as py from '../../src/behave/python/index.ts'
import {
  compile,
  makeChoice,
  makeChoice2,
  makeEnum,
  makeList,
  makeVariant,
  parse,
  registerType,
  RepeatedNameError,
  search,
  TypeBuilder,
  UserData,
  withCardinality,
  withMany0,
  withOptional,
  withPattern,
} from 'brine/behave'
import { captureGroups, PythonRegexError, translatePythonRegex } from '../../src/behave/py-regex.ts'
import { patternSource, registeredTypes } from '../../src/behave/type-registry.ts'
import { parseUserdata } from '../../src/behave/userdata.ts'

const { regex } = JSON.parse(readFileSync(new URL('./data/matcher-cases.json', import.meta.url), 'utf8')) as {
  regex: { pattern: string; text: string; match: (string | null)[] | null }[]
}

describe('Python regular expressions', () => {
  test.each(regex.map((c) => [`${c.pattern} ← ${JSON.stringify(c.text)}`, c] as const))('re.match %s', (_, c) => {
    const { source, flags } = translatePythonRegex(c.pattern)
    const m = new RegExp(source, `${flags}uy`).exec(c.text)
    expect(m && [...m].map((g) => g ?? null)).toEqual(c.match)
  })

  test('constructs JavaScript cannot express are refused with a pointer', () => {
    expect(() => translatePythonRegex('(?L)x')).toThrow(PythonRegexError)
    expect(() => translatePythonRegex('(?L)x')).toThrow('Inline flag (?L) has no JavaScript equivalent\n  (?L)x\n    ^')
    expect(() => translatePythonRegex('abc\\')).toThrow('lone backslash')
  })

  test('(?a) keeps ASCII classes; capture groups are listed by name in order', () => {
    expect(translatePythonRegex('(?a)\\w[\\d]').source).toBe('\\w[\\d]')
    expect(captureGroups('(a)(?<n>b)(?:c)(?=d)(?<!e)[(](\\()(f)')).toEqual([undefined, 'n', undefined, undefined])
  })
})

describe('userdata', () => {
  test('BRINE_USERDATA pairs; a bare name is "true"', () => {
    expect(parseUserdata('a=1, b = two ,flag,,c=x=y')).toEqual({ a: '1', b: 'two', flag: 'true', c: 'x=y' })
    expect(parseUserdata(undefined)).toEqual({})
  })

  test("behave's typed getters, defaults and errors", () => {
    const data = new UserData({ n: '42', f: '2.5', yes: 'On', no: '0', bad: 'maybe', num: 7.9, bool: true })
    expect([data.get('n'), data.get('none'), data.get('none', 'd')]).toEqual(['42', null, 'd'])
    expect([data.getint('n'), data.getint('num'), data.getint('none', 3)]).toEqual([42, 7, 3])
    expect([data.getfloat('f'), data.getfloat('none', 1.5)]).toEqual([2.5, 1.5])
    expect([data.getbool('yes'), data.getbool('no'), data.getbool('bool'), data.getbool('none', true)]).toEqual([
      true,
      false,
      true,
      true,
    ])
    expect(data.getas((v) => `<${String(v)}>`, 'n')).toBe('<42>')
    expect(data.getas((v) => v, 'none')).toBeNull()
    expect(() => data.getint('bad')).toThrow('is not an int')
    expect(() => data.getfloat('bad')).toThrow('is not a float')
    expect(() => data.getbool('bad')).toThrow('is not a bool')
  })

  test('is a dict to migrated code: `in`, [], len(), iteration, items()', () => {
    const data = new UserData({ a: '1', b: '2' })
    expect([py.contains(data, 'a'), py.contains(data, 'z')]).toEqual([true, false])
    expect([py.getitem(data, 'b'), py.len(data), py.list(data), py.items(data)]).toEqual([
      '2',
      2,
      ['a', 'b'],
      [
        ['a', '1'],
        ['b', '2'],
      ],
    ])
    expect(() => py.getitem(data, 'z')).toThrow(py.KeyError)
  })
})

describe("parse_type's TypeBuilder", () => {
  const number = withPattern('\\d+', (text) => Number(text))

  test('cardinality helpers, with their list separator', () => {
    const many0 = withMany0(number, undefined, ';')
    expect(parse('{n:N}', '1; 2;3', { extraTypes: { N: many0 } })!.named.n).toEqual([1, 2, 3])
    expect(parse('x{n:N}', 'x', { extraTypes: { N: many0 } })!.named.n).toEqual([])
    expect(parse('x{n:N}', 'x', { extraTypes: { N: withOptional(number) } })!.named.n).toBeNull()
    expect(withCardinality('one', number)).toBe(number)
    expect(
      parse('{n:N}', '5,6', { extraTypes: { N: withCardinality('one_or_more', number, '\\d') } })!.named.n,
    ).toEqual([5, 6])
    expect(parse('{n:N}', '', { extraTypes: { N: withCardinality('zero_or_more', number) } })!.named.n).toEqual([])
    expect(parse('{n:N}', '', { extraTypes: { N: withCardinality('zero_or_one', number) } })!.named.n).toBeNull()
    expect(TypeBuilder.withMany).toBeTypeOf('function')
  })

  test('choices, enums, variants and lists', () => {
    const choice = makeChoice(['Red', 'Blue'], (t) => t.toLowerCase())
    expect(choice('RED')).toBe('red')
    expect(() => makeChoice(['a'])('b')).toThrow('b not in: a')
    expect(makeChoice(['a'], undefined, false)('b')).toBe('b')
    const choice2 = makeChoice2(['small', 'large'])
    expect(parse('{s:S}', 'large', { extraTypes: { S: choice2 } })!.named.s).toEqual([1, 'large'])
    expect(makeChoice2(['A'], (t) => t.toLowerCase())('A')).toEqual([0, 'a'])
    expect(() => makeEnum({ on: true })('maybe')).toThrow("KeyError: 'maybe'")
    const variant = makeVariant([number, withPattern('yes|no', (t) => t === 'yes')])
    expect(parse('{v:V} {w:V}', '12 yes', { extraTypes: { V: variant } })!.named).toEqual({ v: 12, w: true })
    expect(() => variant('???')).toThrow('OOPS-VARIANT-MISMATCH')
    expect(makeVariant([number])).toBe(number)
    expect(parse('{l:L}', 'a, b,c', { extraTypes: { L: makeList() } })!.named.l).toEqual(['a', 'b', 'c'])
    expect(parse('{l:L}', '1|2', { extraTypes: { L: makeList(number, '|') } })!.named.l).toEqual([1, 2])
  })
})

describe('custom types and the parse API', () => {
  test('registerType takes a mapping or a name, a function and a pattern', () => {
    registerType('Hex', (t) => Number.parseInt(t, 16), /[0-9a-f]+/)
    registerType({ Bool: withPattern('true|false', (t) => t === 'true') })
    expect(patternSource(registeredTypes().Hex!.pattern)).toBe('[0-9a-f]+')
    expect(parse('{h:Hex} {b:Bool}', 'ff true', { extraTypes: registeredTypes() })!.named).toEqual({ h: 255, b: true })
    expect(() => registerType('X', undefined as never)).toThrow('needs a converter function')
    expect(() => registerType({ Y: 'nope' as never })).toThrow("the converter of 'Y' is not a function")
  })

  test('search, fields, results by index and name, errors', () => {
    const parser = compile('{} costs {price:d}')
    expect(parser.namedFields).toEqual(['price'])
    expect(parser.fixedFieldCount).toBe(1)
    const found = search('is {n:d} here', 'it is 7 here and there')!
    expect(found.get('n')).toBe(7)
    expect(search('{n:d}', 'none')).toBeNull()
    const result = parser.parse('tea costs 3')!
    expect([result.get(0), result.get('price'), result.spans.get('price')]).toEqual(['tea', 3, [10, 11]])
    expect(() => compile('{a:d} {a:w}')).toThrow(RepeatedNameError)
    expect(() => compile('{a:d:x}')).toThrow("Too many ':'")
  })
})
