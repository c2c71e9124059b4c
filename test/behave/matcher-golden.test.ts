// behave's matchers against golden data written by behave 1.2.6 itself (data/matcher-cases.json):
// what the step function gets (positional and keyword arguments), no match, or the error.
import { readFileSync } from 'node:fs'
import { spawnSync } from 'node:child_process'
import { expect, test } from 'vitest'
import { makeEnum, registerType, withPattern, type BehaveArgs } from 'brine/behave'
import { BehaveMatcher, MatchFailure, type StepMatcherName } from '../../src/behave/behave-matcher.ts'
import type { BehaveVersion } from '../../src/behave/version.ts'

interface MatcherCase {
  matcher: StepMatcherName
  pattern: string
  text: string
  match?: { args: unknown[]; kwargs: Record<string, unknown> } | null
  matchError?: string
  defineError?: string
}

const data = JSON.parse(readFileSync(new URL('./data/matcher-cases.json', import.meta.url), 'utf8')) as {
  cases: MatcherCase[]
}

registerType({
  Number: withPattern('\\d+', (text) => Number.parseInt(text, 10)),
  Color: makeEnum({ red: 1, green: 2, blue: 3 }),
})

/** behave's call: positional values (args[0], args[1], …) and keyword values by name. */
function call(args: BehaveArgs): { args: unknown[]; kwargs: Record<string, unknown> } {
  const positional = Object.keys(args)
    .filter((k) => /^\d+$/.test(k))
    .sort((a, b) => Number(a) - Number(b))
  const named = Object.keys(args).filter((k) => !/^\d+$/.test(k))
  return { args: positional.map((k) => args[k]), kwargs: Object.fromEntries(named.map((k) => [k, args[k]])) }
}

function outcome(
  c: Pick<MatcherCase, 'matcher' | 'pattern' | 'text'>,
  version: BehaveVersion = '1.2',
): Omit<MatcherCase, 'matcher' | 'pattern' | 'text'> {
  let matcher: BehaveMatcher
  try {
    matcher = new BehaveMatcher(c.pattern, c.matcher, 'step', version)
  } catch (error) {
    return { defineError: (error as Error).name }
  }
  // The lookup path (with its literal-start shortcut); no table, so 1.2 keeps a trailing colon.
  const found = matcher.matchStep(c.text, false)
  if (!found) return { match: null }
  if (found[0] instanceof MatchFailure) return { matchError: 'conversion' }
  return { match: call(found[0]) }
}

test.each(data.cases.map((c) => [`${c.matcher} ${JSON.stringify(c.pattern)} ← ${JSON.stringify(c.text)}`, c] as const))(
  'behave 1.2.6: %s',
  (_, c) => {
    const actual = outcome(c)
    if (c.defineError) expect(actual).toHaveProperty('defineError')
    else if (c.matchError) expect(actual).toEqual({ matchError: 'conversion' })
    else expect(actual).toEqual({ match: c.match })
  },
)

test('behave 1.3 matches parse patterns case-sensitively; re and re0 are the same in both', () => {
  const parse = { matcher: 'parse', pattern: 'I have {n:d} apples', text: 'i have 3 APPLES' } as const
  expect(outcome(parse, '1.2')).toEqual({ match: { args: [], kwargs: { n: 3 } } })
  expect(outcome(parse, '1.3')).toEqual({ match: null })
  expect(outcome({ ...parse, text: 'I have 3 apples' }, '1.3')).toEqual({ match: { args: [], kwargs: { n: 3 } } })
  const cf = { matcher: 'cfparse', pattern: 'I have {n:Number+} apples', text: 'I HAVE 1, 2 apples' } as const
  expect(outcome(cf, '1.3')).toEqual({ match: null })
  const re = { matcher: 're', pattern: 'I have (\\d+)', text: 'I HAVE 3' } as const
  expect(outcome(re, '1.2')).toEqual({ match: null })
})

test('a RegExp pattern keeps its own flags and JavaScript syntax', () => {
  const matcher = new BehaveMatcher(/I have (?<n>\d+) (apples|pears)/i, 're', 'given', '1.3')
  expect(call(matcher.match('i HAVE 2 pears')![0] as BehaveArgs)).toEqual({ args: ['pears'], kwargs: { n: '2' } })
  expect(matcher.match('I have 2 pears!')).toBeNull()
  expect(() => new BehaveMatcher(/^x$/, 're', 'given', '1.3')).toThrow('should not use begin/end-markers')
  expect(() => new BehaveMatcher(/x/ as unknown as string, 'parse', 'given', '1.3')).toThrow('must be a string')
})

test('arguments report as behave JSON-formats them: name, value and matched text in text order', () => {
  const matcher = new BehaveMatcher('{b:d} then {a} then {}', 'parse', 'step', '1.3')
  const [args] = matcher.match('7 then x then y')!
  expect(JSON.parse(JSON.stringify(args))).toEqual([
    { name: 'b', value: 7, original: '7' },
    { name: 'a', value: 'x', original: 'x' },
    { value: 'y', original: 'y' },
  ])
})

const python = ['python3', '/usr/bin/python3'].find(
  (candidate) => spawnSync(candidate, ['-c', 'import behave'], { stdio: 'ignore' }).status === 0,
)

test.skipIf(!python)(
  `the committed matcher data is what behave gives today${python ? '' : ' (skipped: no python3 with behave)'}`,
  () => {
    const generator = new URL('./data/generate-matcher-cases.py', import.meta.url).pathname
    const run = spawnSync(python!, [generator, '--stdout'], { encoding: 'utf8' })
    expect(run.status, run.stderr).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual(data)
  },
)
