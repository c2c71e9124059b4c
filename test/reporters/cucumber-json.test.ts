// Cucumber JSON derived from the Compatibility Kit's expected message streams: real streams, so
// the conversion sees doc strings, tables, hooks, attachments, retries and every status.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { cucumberJson } from '../../src/reporters/cucumber-json/from-envelopes.ts'
import { parseNdjson } from '../cck/normalise.ts'
import { repoRoot } from '../support/fixture-project.ts'

const sample = (name: string) =>
  cucumberJson(
    parseNdjson(
      readFileSync(join(repoRoot, 'node_modules/@cucumber/compatibility-kit/features', name, `${name}.ndjson`), 'utf8'),
    ),
  )

describe('Cucumber JSON', () => {
  test('one feature object with cucumber-js ids, one element per scenario', () => {
    const [feature] = sample('rules')
    expect(feature).toMatchObject({
      id: 'usage-of-a-`rule`',
      keyword: 'Feature',
      line: 1,
      uri: 'samples/rules/rules.feature',
    })
    // Inside a Rule, cucumber-js puts the rule's name between the feature's and the scenario's.
    expect(feature!.elements.map((e) => e.id)).toEqual([
      'usage-of-a-`rule`;a-sale-cannot-happen-if-the-customer-does-not-have-enough-money;not-enough-money',
      'usage-of-a-`rule`;a-sale-cannot-happen-if-the-customer-does-not-have-enough-money;enough-money',
      'usage-of-a-`rule`;a-sale-cannot-happen-if-there-is-no-stock;no-chocolates-left',
    ])
    expect(feature!.elements[0]).toMatchObject({ keyword: 'Example', line: 9, type: 'scenario' })
  })

  test('doc strings and data tables become step arguments', () => {
    const docString = sample('doc-strings')[0]!.elements[0]!.steps as { arguments: unknown[] }[]
    expect(docString[0]!.arguments).toEqual([{ content: expect.stringContaining('Here is some content'), line: 9 }])
    const table = sample('data-tables')[0]!.elements[0]!.steps as { arguments: { rows: { cells: string[] }[] }[] }[]
    expect(table[0]!.arguments[0]!.rows.map((r) => r.cells)).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ])
  })

  test('hooks are hidden Before/After steps; failures carry their message', () => {
    const [, failed] = sample('hooks')[0]!.elements as { steps: Record<string, unknown>[] }[]
    expect(failed!.steps.map((s) => [s.keyword, s.hidden ?? false])).toEqual([
      ['Before', true],
      ['When ', false],
      ['After', true],
    ])
    expect(failed!.steps[1]!.result).toMatchObject({
      status: 'failed',
      error_message: expect.stringContaining('Exception in step'),
    })
  })

  test('attachments are base64 embeddings, whatever their encoding', () => {
    const elements = sample('attachments')[0]!.elements as { name: string; steps: { embeddings?: unknown[] }[] }[]
    const text = elements.find((e) => e.name === 'Log text')!
    expect(text.steps[0]!.embeddings).toEqual([
      { data: Buffer.from('hello').toString('base64'), mime_type: 'text/x.cucumber.log+plain' },
    ])
    const bytes = elements.find((e) => e.name.startsWith('Byte arrays'))!
    expect(bytes.steps[0]!.embeddings).toEqual([{ data: 'AAECAwQFBgcICQ==', mime_type: 'text/plain' }])
  })

  test('a retried scenario reports its last attempt; an ambiguous step has no single match', () => {
    const retried = sample('retry')[0]!.elements as { steps: { result: { status: string } }[] }[]
    expect(retried.map((e) => e.steps[0]!.result.status)).toEqual(['passed', 'passed', 'passed', 'failed'])
    const ambiguous = sample('ambiguous')[0]!.elements[0]!.steps as { match?: unknown; result: { status: string } }[]
    expect(ambiguous[0]).toMatchObject({ result: { status: 'ambiguous' } })
    expect(ambiguous[0]!.match).toBeUndefined()
  })

  test('tags keep their lines', () => {
    const elements = sample('hooks-conditional')[0]!.elements as { tags: unknown[] }[]
    expect(elements[0]!.tags).toEqual([{ name: '@fail-before', line: 6 }])
  })
})
