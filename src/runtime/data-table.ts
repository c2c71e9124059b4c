// A Gherkin data table with Cucumber's accessors and their errors.

export class DataTable {
  private readonly cells: readonly (readonly string[])[]

  constructor(cells: readonly (readonly string[])[]) {
    this.cells = cells
  }

  /** All rows, header included. */
  raw(): string[][] {
    return this.cells.map((row) => [...row])
  }

  /** All rows but the first. */
  rows(): string[][] {
    return this.raw().slice(1)
  }

  /** One object per row after the first, keyed by the first row. */
  hashes(): Record<string, string>[] {
    const [header, ...rows] = this.raw()
    if (!header) return []
    return rows.map((row) => Object.fromEntries(header.map((key, i) => [key, row[i]!])))
  }

  /** A two-column table as an object: first column keys, second column values. */
  rowsHash(): Record<string, string> {
    const rows = this.raw()
    const result: Record<string, string> = {}
    for (const row of rows) {
      if (row.length !== 2) {
        throw new Error(`rowsHash() can only be called on a data table where all rows have exactly two columns`)
      }
      result[row[0]!] = row[1]!
    }
    return result
  }

  /** The table with rows and columns swapped. */
  transpose(): DataTable {
    const rows = this.raw()
    const width = rows[0]?.length ?? 0
    return new DataTable(Array.from({ length: width }, (_, c) => rows.map((row) => row[c]!)))
  }

  toString(): string {
    return this.cells.map((row) => `| ${row.join(' | ')} |`).join('\n')
  }
}
