import { describe, expect, test } from 'vitest'
import { DataTable } from '../../src/runtime/data-table.ts'

const table = new DataTable([
  ['name', 'qty'],
  ['tea', '2'],
  ['milk', '1'],
])

describe('DataTable', () => {
  test('raw() is every row, rows() drops the header', () => {
    expect(table.raw()).toEqual([
      ['name', 'qty'],
      ['tea', '2'],
      ['milk', '1'],
    ])
    expect(table.rows()).toEqual([
      ['tea', '2'],
      ['milk', '1'],
    ])
  })

  test('raw() returns copies', () => {
    table.raw()[0]![0] = 'changed'
    expect(table.raw()[0]![0]).toBe('name')
  })

  test('hashes() keys each row by the header', () => {
    expect(table.hashes()).toEqual([
      { name: 'tea', qty: '2' },
      { name: 'milk', qty: '1' },
    ])
    expect(new DataTable([]).hashes()).toEqual([])
  })

  test('rowsHash() needs exactly two columns', () => {
    expect(
      new DataTable([
        ['a', '1'],
        ['b', '2'],
      ]).rowsHash(),
    ).toEqual({ a: '1', b: '2' })
    expect(() => table.transpose().rowsHash()).toThrow(
      'rowsHash() can only be called on a data table where all rows have exactly two columns',
    )
  })

  test('transpose() swaps rows and columns', () => {
    expect(table.transpose().raw()).toEqual([
      ['name', 'tea', 'milk'],
      ['qty', '2', '1'],
    ])
    expect(new DataTable([]).transpose().raw()).toEqual([])
  })

  test('toString() draws the table', () => {
    expect(new DataTable([['a', 'b']]).toString()).toBe('| a | b |')
  })
})
