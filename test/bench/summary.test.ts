// The benchmark's figures: medians of successful runs, ratios to brine, and the table.
import { expect, test } from 'vitest'
import { formatGrowth } from '../../scripts/bench/growth.ts'
import { formatTable, median, summarize, withRatios } from '../../scripts/bench/summary.ts'

const run = (wallSeconds: number, exitCode = 0) => ({
  wallSeconds,
  cpuSeconds: wallSeconds * 2,
  peakRssMb: 100,
  rssGrowthMb: 12,
  exitCode,
})

test('median of the finite values', () => {
  expect(median([3, 1, 2])).toBe(2)
  expect(median([4, 1, 2, 3])).toBe(2.5)
  expect(median([Number.NaN, 5])).toBe(5)
  expect(median([])).toBeNaN()
})

test('failed runs are left out and noted; ratios divide by brine', () => {
  const rows = withRatios([
    summarize('brine', 'brine', [run(2), run(4), run(3)]),
    summarize('behave', 'behave', [run(30), run(1, 1)]),
    summarize('gone', 'gone', [], 'skipped: not installed'),
  ])
  expect(rows[0]).toMatchObject({ wallSeconds: 3, cpuSeconds: 6, runs: 3, vsBrine: 1 })
  expect(rows[1]).toMatchObject({ wallSeconds: 30, runs: 1, vsBrine: 10, note: '1 run(s) failed' })
  expect(rows[2]).toMatchObject({ runs: 0, note: 'skipped: not installed' })
  expect(rows[2]!.vsBrine).toBeNaN()
  const table = formatTable(rows).split('\n')
  expect(table[0]).toMatch(
    /^\| runner +\| wall s \| CPU s \| peak RSS MB \| RSS growth MB \| × brine \| runs \| note +\|$/,
  )
  expect(table[3]).toContain('| 30.00  | 60.00 | 100         | 12            | 10.00   | 1    | 1 run(s) failed')
  expect(table[4]).toContain('| -      | -     | -           | -             | -       | 0    | skipped: not installed')
})

test('growth table: one row per size, dashes where a figure was not taken', () => {
  const brine = withRatios([summarize('brine', 'brine', [run(2)])])[0]!
  const text = formatGrowth([
    { features: 50, definitions: 40, brine, vitest: brine },
    {
      features: 339,
      definitions: 2000,
      brine,
      lookup: {
        definitions: 2000,
        indexedMicros: 1.234,
        scanMicros: 400,
        behaveIndexedMicros: 2,
        behaveScanMicros: 300,
      },
    },
  ])
  expect(text.split('\n')).toEqual([
    expect.stringContaining('| features |'),
    '|---|---|---|---|---|---|---|',
    '| 50 | 40 | 2.00 | 4.00 | 2.00 | - | - |',
    '| 339 | 2000 | 2.00 | 4.00 | - | 1.23 | 400.00 |',
  ])
})
