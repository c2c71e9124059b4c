// brine's behave dialect against behave 1.2.6 itself on a corpus of one case per divergence between
// behave's parser and Cucumber's (test/compile/behave-dialect/cases): every file behave accepts
// yields the scenarios, steps, tables and doc strings of behave's dry run.
import { readFileSync } from 'node:fs'
import { describe, expect, test } from 'vitest'
import { fromBrine, fromDryRun, type DryRunJson } from '../support/behave-oracle.ts'

const dir = new URL('./behave-dialect/', import.meta.url)
const oracle = JSON.parse(readFileSync(new URL('behave-dry-run.json', dir), 'utf8')) as DryRunJson
const accepted = Object.keys(oracle).filter((uri) => Array.isArray(oracle[uri]))

describe('behave dialect: the divergence cases behave accepts', () => {
  test('the corpus has both kinds of case', () => {
    expect(accepted.length).toBeGreaterThan(50)
    expect(Object.keys(oracle).length - accepted.length).toBeGreaterThan(15)
  })
  test.each(accepted)('%s', (uri) => {
    const source = readFileSync(new URL(`cases/${uri}`, dir), 'utf8')
    expect(fromBrine(source, uri)).toEqual(fromDryRun(oracle[uri]!))
  })
})

// Where brine reads more than behave: a byte-order mark (behave keeps U+FEFF and finds no Feature;
// JavaScript's trim drops it), and an Examples block without a table, which behave parses but
// crashes on when it runs (brine gives it no scenarios).
const acceptedByBrineOnly = ['bom.feature', 'examples-without-table.feature']
const rejected = Object.keys(oracle).filter((uri) => !Array.isArray(oracle[uri]) && !acceptedByBrineOnly.includes(uri))

/** Where behave crashes instead of reporting (KeyError, IndexError…), brine's own message. */
const crashes: Record<string, string> = {
  'language-gherkin-only.feature': 'Language not supported: af',
  'language-header-trailing-comment.feature': 'Language not supported: de # comment',
  'language-unknown.feature': 'Language not supported: xx',
  'docstring-after-background-line.feature': 'A doc string needs a step before it',
}

/** behave's reason: its message without the file it names and the line it appends. */
function behaveReason(message: string, uri: string): string {
  return message
    .replace(/Exception .*$/, '')
    .replace(/^(?:\w+Error: )?(?:Failed to parse "[^"]*": )?/, '')
    .replace(new RegExp(`^Failed to parse "${uri}": `), '')
    .replace(/ at line \d+(?::.*)?$/, '')
    .trim()
}

describe('behave dialect: the cases behave rejects', () => {
  test.each(rejected)('%s fails with behave’s reason, naming the file and line', (uri) => {
    const read = fromBrine(readFileSync(new URL(`cases/${uri}`, dir), 'utf8'), uri)
    expect(read).toHaveProperty('error')
    const error = (read as { error: string }).error
    expect(error).toMatch(new RegExp(`^${uri.replace('.', '\\.')}:\\d+:\\d+: `))
    const behave = (oracle[uri] as { behave_error: string }).behave_error
    expect(error).toContain(crashes[uri] ?? behaveReason(behave, uri))
  })
  test.each(acceptedByBrineOnly)('%s is read by brine', (uri) => {
    expect(fromBrine(readFileSync(new URL(`cases/${uri}`, dir), 'utf8'), uri)).toHaveProperty('scenarios')
  })
})
