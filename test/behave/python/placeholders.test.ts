// brine/python's placeholders for Python the migration could not translate: the module loads, and
// only using the name fails, as pending, naming the Python file and line.
import { afterEach, describe, expect, test, vi } from 'vitest'
import * as py from '../../../src/behave/python/index.ts'
import { PendingError } from '../../../src/runtime/errors.ts'

afterEach(() => {
  vi.restoreAllMocks()
})

describe('placeholders', () => {
  test('a placeholder can be held and named; using it is pending with the file and line', () => {
    const helper = py.untranslated('helper', 'steps/util.py:12')
    expect(py.isPlaceholder(helper)).toBe(true)
    expect(helper.name).toBe('helper')
    expect('prototype' in helper).toBe(true)
    expect(helper.then).toBeUndefined()
    const message = 'pending: helper (steps/util.py:12) was not translated from Python; see the migration report'
    expect(() => helper()).toThrow(new PendingError(message))
    expect(() => new helper()).toThrow(message)
    expect(() => helper.attribute).toThrow(message)
    expect(() => {
      helper.attribute = 1
    }).toThrow(message)
  })

  test('a class may extend a placeholder: it loads, and constructing it is pending', () => {
    const Base = py.untranslated('Base', 'models.py:3')
    class Child extends Base {}
    expect(typeof Child).toBe('function')
    expect(() => new Child()).toThrow('pending: Base (models.py:3) was not translated from Python')
  })

  test('isPlaceholder is false for ordinary values', () => {
    expect([null, undefined, 0, 'x', {}, [], () => 1].map(py.isPlaceholder)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    expect(py.isPlaceholder(py.untranslated('x'))).toBe(true)
  })

  test('atImport gives the value, or a placeholder that names what failed at import', () => {
    expect(py.atImport('answer', 'a.py:1', () => 42)).toBe(42)
    const broken = py.atImport<{ rows: unknown }>('table', 'a.py:2', () => {
      throw new py.KeyError('missing')
    })
    expect(py.isPlaceholder(broken)).toBe(true)
    expect(() => broken.rows).toThrow(
      "pending: table (a.py:2) was not translated from Python (at import: KeyError: 'missing'); see the migration report",
    )
  })

  test('runAtImport runs the statement, and a failing one warns with the file and line instead of stopping', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    let ran = false
    py.runAtImport('a.py:5', () => {
      ran = true
    })
    expect(ran).toBe(true)
    expect(warn).not.toHaveBeenCalled()
    py.runAtImport('a.py:6', () => {
      throw new py.ValueError('bad value')
    })
    expect(warn).toHaveBeenCalledWith(
      'brine/python: a.py:6: a module-level statement failed at import: ValueError: bad value',
    )
  })
})
