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
