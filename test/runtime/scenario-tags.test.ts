import { describe, expect, test } from 'vitest'
import { readTags, tagFilter } from '../../src/runtime/scenario-tags.ts'

describe('readTags', () => {
  test('reads status, concurrency, retry and timeout tags case-insensitively', () => {
    expect(readTags(['@SKIP', '@wip', '@fails', '@only', '@concurrent', '@retries:3', '@timeout:250'])).toEqual({
      skip: true,
      todo: true,
      fails: true,
      only: true,
      concurrent: true,
      sequential: false,
      retry: 3,
      timeout: 250,
    })
  })

  test('the last numeric tag wins and nonsense values are ignored', () => {
    expect(readTags(['@retries:1', '@retries:2']).retry).toBe(2)
    expect(readTags(['@timeout:abc']).timeout).toBeUndefined()
    expect(readTags(['@timeout:-5']).timeout).toBeUndefined()
    expect(readTags(['@ignore', '@todo', '@sequential'])).toMatchObject({ skip: true, todo: true, sequential: true })
  })
})

describe('tagFilter', () => {
  test('evaluates Cucumber tag expressions', () => {
    const filter = tagFilter('@smoke and not @slow')
    expect(filter(['@smoke'])).toBe(true)
    expect(filter(['@smoke', '@slow'])).toBe(false)
    expect(filter([])).toBe(false)
    expect(tagFilter('(@a or @b) and not @c')(['@b'])).toBe(true)
  })

  test('an empty expression selects everything', () => {
    expect(tagFilter(undefined)([])).toBe(true)
    expect(tagFilter('  ')(['@x'])).toBe(true)
  })

  test('a broken expression is an error', () => {
    expect(() => tagFilter('@a and')).toThrow()
  })
})
