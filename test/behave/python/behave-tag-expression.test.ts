// behave.tag_expression's TagExpression in brine/python selects what behave 1.2.6's own selects:
// each expression below is checked against behave itself when it is installed.
import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { behave_tag_expression } from '../../../src/behave/python/index.ts'

const { TagExpression } = behave_tag_expression
const PYTHON = '/usr/bin/python3'

const expressions: string[][] = [
  [],
  ['@foo'],
  ['foo'],
  ['-@foo'],
  ['~foo'],
  ['~@foo'],
  ['@foo,@bar'],
  ['@foo', '@bar'],
  ['@foo,-@bar'],
  ['@foo', '-@bar'],
  [' @foo , @bar ', '~@wip'],
  ['@slow:2', '-@wip:2'],
]
const tagSets: string[][] = [[], ['foo'], ['bar'], ['other'], ['foo', 'bar'], ['foo', 'other'], ['wip'], ['slow']]

function brineRow(parts: string[]) {
  const expression = new TagExpression(parts)
  return {
    str: expression.__str__(),
    len: expression.__len__(),
    limits: Object.fromEntries(expression.limits),
    checks: tagSets.map((tags) => expression.check(tags)),
  }
}

test("the expressions of behave's own tag_expression feature, by hand", () => {
  expect(new TagExpression(['@foo']).check(['foo', 'other'])).toBe(true)
  expect(new TagExpression(['-@foo']).check(['foo'])).toBe(false)
  expect(new TagExpression(['@foo,@bar']).check(['bar'])).toBe(true)
  expect(new TagExpression(['@foo', '@bar']).check(['bar'])).toBe(false)
  expect(new TagExpression([]).check([])).toBe(true)
  expect(TagExpression.normalize_tag(' ~@wip ')).toBe('-wip')
  expect(() => new TagExpression(['@a:1', '@a:2'])).toThrow('Inconsistent tag limits for a: 1 and 2')
})

describe.skipIf(!existsSync(PYTHON))(`against behave 1.2.6 (needs ${PYTHON} with behave)`, () => {
  test("every expression gives behave's text, length, limits and selection", () => {
    const program = `
import json, sys
from behave.tag_expression import TagExpression
cases, tag_sets = json.loads(sys.argv[1])
rows = []
for parts in cases:
    e = TagExpression(parts)
    rows.append({"str": str(e), "len": len(e), "limits": e.limits, "checks": [e.check(t) for t in tag_sets]})
print(json.dumps(rows))
`
    const out = execFileSync(PYTHON, ['-c', program, JSON.stringify([expressions, tagSets])], { encoding: 'utf8' })
    expect(expressions.map(brineRow)).toEqual(JSON.parse(out))
  })
})
