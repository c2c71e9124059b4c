import { expect, test } from 'vitest'
import { DocString } from '../../src/runtime/doc-string.ts'

test('a doc string reads as its text and keeps its media type', () => {
  const doc = new DocString('  {"a": 1}\nend', 'application/json', '```')
  expect(String(doc)).toBe('  {"a": 1}\nend')
  expect(`${doc}`).toBe('  {"a": 1}\nend')
  expect(doc.length).toBe(14)
  expect(doc.mediaType).toBe('application/json')
  expect(doc.delimiter).toBe('```')
  expect(new DocString('x').mediaType).toBeUndefined()
})
