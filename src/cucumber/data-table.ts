// cucumber-js's DataTable, with its exact behaviour: raw() copies the list of rows but shares the
// rows, rowsHash() and its error message, transpose() of the raw cells.
import type { PickleTable } from '@cucumber/messages'

export class DataTable {
  private readonly rawTable: string[][]

  constructor(sourceTable: PickleTable | string[][]) {
    this.rawTable = Array.isArray(sourceTable)
      ? sourceTable
      : sourceTable.rows.map((row) => row.cells.map((cell) => cell.value))
  }

  /** One object per row after the first, keyed by the first row. */
  hashes(): Record<string, string>[] {
    const [keys = [], ...rows] = this.raw()
    return rows.map((values) => {
      const row: Record<string, string> = {}
      keys.forEach((key, index) => (row[key] = values[index]!))
      return row
    })
  }

  /** Every row, the first included. */
  raw(): string[][] {
    return this.rawTable.slice(0)
  }

  /** Every row but the first. */
  rows(): string[][] {
    return this.raw().slice(1)
  }

  /** A two-column table as an object: first column keys, second column values. */
  rowsHash(): Record<string, string> {
    const rows = this.raw()
    if (!rows.every((row) => row.length === 2)) {
      throw new Error('rowsHash can only be called on a data table where all rows have exactly two columns')
    }
    const result: Record<string, string> = {}
    for (const [key, value] of rows) result[key!] = value!
    return result
  }

  /** The table with rows and columns swapped. */
  transpose(): DataTable {
    return new DataTable(this.rawTable[0]!.map((_, i) => this.rawTable.map((row) => row[i]!)))
  }
}
