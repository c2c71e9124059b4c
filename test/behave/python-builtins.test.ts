// brine/python, the built-ins migrated behave steps use, checked against what Python itself does.
import { describe, expect, test } from 'vitest'
import * as py from '../../src/behave/python/index.ts'

class Cart {
  items = ['a', 'b']
  count() {
    return this.items.length
  }
  get(i: number) {
    return this.items[i]
  }
  join(x: string) {
    this.items.push(x)
    return 'joined'
  }
}

describe('python-builtins', () => {
  test('truthiness and len follow Python', () => {
    expect([[], {}, '', 0, null, new Set()].map(py.truthy)).toEqual([false, false, false, false, false, false])
    expect([[0], { a: 1 }, 'x', 1, new Map([[1, 1]])].map(py.truthy)).toEqual([true, true, true, true, true])
    expect([
      py.len('abc'),
      py.len([1]),
      py.len({ a: 1, b: 2 }),
      py.len(new Set([1, 2, 3])),
      py.len({ rows: [1, 2] }),
    ]).toEqual([3, 1, 2, 3, 2])
    expect(() => py.len(null)).toThrow(/NoneType/)
  })

  test('== compares values, in looks into strings, lists, dicts and sets', () => {
    expect(py.eq([1, [2, { a: 3 }]], [1, [2, { a: 3 }]])).toBe(true)
    expect(py.eq({ a: 1 }, { a: 2 })).toBe(false)
    expect(py.eq(true, 1)).toBe(true)
    expect(py.eq(null, undefined)).toBe(true)
    expect(py.eq(new Set([1, 2]), new Set([2, 1]))).toBe(true)
    expect([
      py.contains('team', 'ea'),
      py.contains([[1]], [1]),
      py.contains({ k: 1 }, 'k'),
      py.contains(new Set([2]), 2),
    ]).toEqual([true, true, true, true])
    class Row {
      headings = ['name']
      cells = ['Tea']
    }
    expect(py.contains(new Row(), 'name')).toBe(true)
  })

  test('str, repr and formatting', () => {
    expect([py.str(null), py.str(true), py.str([1, 'a']), py.str({ a: null }), py.str(new Set())]).toEqual([
      'None',
      'True',
      "[1, 'a']",
      "{'a': None}",
      'set()',
    ])
    expect(py.repr("it's")).toBe('"it\'s"')
    expect(py.str(new py.RuntimeError('no copy left'))).toBe('no copy left')
    expect(py.percent('%s has %d items (%.2f%%)', ['cart', 3, 12.5])).toBe('cart has 3 items (12.50%)')
    expect(py.percent('%(name)s=%(n)03d', { name: 'n', n: 7 })).toBe('n=007')
    expect(py.percent('%-4s|%4s|%+d', ['ab', 'cd', 5])).toBe('ab  |  cd|+5')
    expect(py.percent('%05.1f', 3.14159)).toBe('003.1')
    expect(py.format('{} and {0} and {name!r} {{x}}', ['a'], { name: 'b' })).toBe("a and a and 'b' {x}")
    expect(py.formatValue(3.14159, '.2f')).toBe('3.14')
    expect(py.formatValue(42, '>6')).toBe('    42')
    expect(py.formatValue('x', '^5')).toBe('  x  ')
    expect(py.formatValue(1234567, ',')).toBe('1,234,567')
    expect(py.formatValue(255, 'x')).toBe('ff')
    expect(py.formatValue(-5, '05d')).toBe('-0005')
    expect(py.formatValue(0.25, '.0%')).toBe('25%')
    expect(() => py.formatValue(1, '!!')).toThrow(py.ValueError)
  })

  test('numbers: int, float, //, % and / raise like Python', () => {
    expect([py.int(' 42 '), py.int('-7'), py.int(3.9), py.int('ff', 16), py.int(true)]).toEqual([42, -7, 3, 255, 1])
    expect(() => py.int('4.5')).toThrow(py.ValueError)
    expect([py.float('1.5'), py.float('inf'), py.float('-inf')]).toEqual([1.5, Infinity, -Infinity])
    expect(() => py.float('x')).toThrow(/could not convert/)
    expect([py.mod(-7, 3), py.mod(7, -3), py.floordiv(-7, 2), py.div(7, 2)]).toEqual([2, -2, -4, 3.5])
    expect(() => py.div(1, 0)).toThrow(py.ZeroDivisionError)
    expect(() => py.floordiv(1, 0)).toThrow(py.ZeroDivisionError)
    expect(() => py.mod(1, 0)).toThrow(py.ZeroDivisionError)
    expect([py.round(2.5), py.round(3.5), py.round(2.675, 1)]).toEqual([2, 4, 2.7])
    expect([py.add([1], [2]), py.add(1, 2), py.mul('ab', 2), py.mul(2, [0]), py.mul(3, 4)]).toEqual([
      [1, 2],
      3,
      'abab',
      [0, 0],
      12,
    ])
    expect(() => py.add('a', 1)).toThrow(/concatenate/)
  })

  test('dict, list and str methods dispatch on the receiver', () => {
    const d: Record<string, number> = { a: 1 }
    expect([py.get(d, 'a'), py.get(d, 'b'), py.get(d, 'b', 0), py.keys(d), py.values(d), py.items(d)]).toEqual([
      1,
      null,
      0,
      ['a'],
      [1],
      [['a', 1]],
    ])
    expect(py.setdefault(d, 'b', 2)).toBe(2)
    py.update(d, { c: 3 })
    expect(py.pop(d, 'c')).toBe(3)
    expect(py.pop(d, 'zz', 9)).toBe(9)
    expect(() => py.pop(d, 'zz')).toThrow(py.KeyError)
    const list = [3, 1, 2]
    py.remove(list, 1)
    expect([[...list], py.index(list, 2), py.count([1, 1, 2], 1), py.pop(list), py.pop([5, 6, 7], 0)]).toEqual([
      [3, 2],
      1,
      2,
      2,
      5,
    ])
    expect(() => py.remove([], 1)).toThrow(py.ValueError)
    expect(() => py.pop([])).toThrow(py.IndexError)
    expect([
      py.split(' a  b c '),
      py.split('a,b,c', ',', 1),
      py.split('a b c', null, 1),
      py.strip('xxhixx', 'x'),
      py.join('-', ['a', 'b']),
    ]).toEqual([['a', 'b', 'c'], ['a', 'b,c'], ['a', 'b c'], 'hi', 'a-b'])
    expect(() => py.join(',', [1])).toThrow(/expected str/)
    const cart = new Cart()
    expect([py.get(cart, 0), py.count(cart), py.join(cart, 'c'), cart.items]).toEqual([
      'a',
      2,
      'joined',
      ['a', 'b', 'c'],
    ])
    expect([py.copied([1]), py.copied({ a: 1 }), py.copied(new Set([1]))]).toEqual([[1], { a: 1 }, new Set([1])])
  })

  test('indexing raises like Python and reads behave tables', () => {
    expect([
      py.getitem([1, 2, 3], -1),
      py.getitem('abc', 0),
      py.getitem({ a: 1 }, 'a'),
      py.getitem(new Map([[1, 'x']]), 1),
    ]).toEqual([3, 'a', 1, 'x'])
    expect(() => py.getitem([1], 5)).toThrow(py.IndexError)
    expect(() => py.getitem({}, 'k')).toThrow(py.KeyError)
    class Row {
      cells = ['Tea']
      value = (k: string) => (k === 'name' ? 'Tea' : 'x')
    }
    class Table {
      row = (i: number) => `row ${i}`
    }
    expect([py.getitem(new Row(), 'name'), py.getitem(new Table(), 1)]).toEqual(['Tea', 'row 1'])
  })

  test('iteration helpers', () => {
    expect([py.range(3), py.range(1, 7, 2), py.range(3, 0, -1)]).toEqual([
      [0, 1, 2],
      [1, 3, 5],
      [3, 2, 1],
    ])
    expect([py.enumerate(['a'], 1), py.zip([1, 2], 'ab'), py.sum([1, 2, 3]), py.min([3, 1]), py.max(2, 5)]).toEqual([
      [[1, 'a']],
      [
        [1, 'a'],
        [2, 'b'],
      ],
      6,
      1,
      5,
    ])
    expect(() => py.min([])).toThrow(py.ValueError)
    expect(() => py.max([])).toThrow(py.ValueError)
    expect([
      py.sorted([10, 9, 100]),
      py.sorted(['b', 'a'], null, true),
      py.sorted(
        [
          [1, 'b'],
          [0, 'a'],
        ],
        (x: unknown[]) => x[0],
      ),
    ]).toEqual([
      [9, 10, 100],
      ['b', 'a'],
      [
        [0, 'a'],
        [1, 'b'],
      ],
    ])
    expect([...py.iter({ a: 1 })]).toEqual(['a'])
    expect([...py.iter(new Map([['k', 1]]))]).toEqual(['k'])
    expect(() => py.iter(null)).toThrow(/not iterable/)
    expect(py.list('ab')).toEqual(['a', 'b'])
  })

  test('isinstance and exception names', () => {
    expect([
      py.isinstance(1, 'int'),
      py.isinstance(1.5, 'int'),
      py.isinstance('s', 'str'),
      py.isinstance([], 'list'),
      py.isinstance({}, 'dict'),
      py.isinstance(new Set(), 'set'),
      py.isinstance(true, 'bool'),
      py.isinstance(1, 'float'),
      py.isinstance(1, 'Foo'),
    ]).toEqual([true, false, true, true, true, true, true, true, false])
    const assertion = Object.assign(new Error('x'), { name: 'AssertionError' })
    expect([
      py.isError(new py.KeyError('k'), 'KeyError'),
      py.isError(new py.KeyError('k'), 'LookupError'),
      py.isError(assertion, 'AssertionError'),
      py.isError(new TypeError('t'), 'TypeError'),
      py.isError(new Error('e'), 'Exception'),
      py.isError('nope', 'Exception'),
    ]).toEqual([true, true, true, true, true, false])
    expect(new py.ValueError('bad').name).toBe('ValueError')
    expect(py.bool([])).toBe(false)
  })
})

describe('exceptions', () => {
  test("a runner may add to a Python exception's message (str() of its args until then)", () => {
    const error = new py.ValueError('bad', 2)
    expect(error.message).toBe("('bad', 2)")
    error.message = `${error.message}\n    at step: Given x`
    expect(error.message).toBe("('bad', 2)\n    at step: Given x")
  })
})
