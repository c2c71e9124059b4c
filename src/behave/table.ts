// behave's Table and Row for `context.table`: the first row is the headings, rows are read by
// column name (`row['name']`, `row.get(name, default)`) or index, and iterate over their cells.

export class Row {
  readonly headings: readonly string[]
  readonly cells: readonly string[]
  // Cells by heading, for `row['col']` (a heading that is also a Row member is read with get()).
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly [column: string]: any

  constructor(
    headings: readonly string[],
    cells: readonly string[],
    readonly line?: number,
  ) {
    this.headings = headings
    this.cells = cells
    return new Proxy(this, {
      get(target, prop, receiver) {
        if (typeof prop === 'string' && !(prop in target)) {
          const index = /^\d+$/.test(prop) ? Number(prop) : target.headings.indexOf(prop)
          if (index >= 0 && index < target.cells.length) return target.cells[index]
        }
        return Reflect.get(target, prop, receiver)
      },
    })
  }

  /** The cell of a column (or index); `defaultValue` when the column does not exist. */
  get(key: string | number, defaultValue: string | null = null): string | null {
    const index = typeof key === 'number' ? key : this.headings.indexOf(key)
    return index >= 0 && index < this.cells.length ? this.cells[index]! : defaultValue
  }

  /** The cell of a column; throws like behave (KeyError) for an unknown one. */
  value(key: string | number): string {
    const cell = this.get(key)
    if (cell === null)
      throw new Error(`KeyError: '${key}' (Row has no such column; headings: ${this.headings.join(', ')})`)
    return cell
  }

  get length(): number {
    return this.cells.length
  }

  [Symbol.iterator](): Iterator<string> {
    return this.cells[Symbol.iterator]()
  }

  /** [heading, cell] pairs. */
  items(): [string, string][] {
    return this.headings.map((h, i) => [h, this.cells[i]!])
  }

  asDict(): Record<string, string> {
    return Object.fromEntries(this.items())
  }

  as_dict(): Record<string, string> {
    return this.asDict()
  }

  toJSON(): Record<string, string> {
    return this.asDict()
  }
}

export class Table {
  readonly headings: string[]
  readonly rows: Row[]

  constructor(
    headings: readonly string[],
    rows: readonly (readonly string[])[] = [],
    readonly line?: number,
  ) {
    this.headings = [...headings]
    this.rows = rows.map((cells) => new Row(this.headings, cells))
  }

  /** A table from raw cells, the first row being the headings. */
  static fromRaw(raw: readonly (readonly string[])[]): Table {
    return new Table(raw[0] ?? [], raw.slice(1))
  }

  [Symbol.iterator](): Iterator<Row> {
    return this.rows[Symbol.iterator]()
  }

  get length(): number {
    return this.rows.length
  }

  /** `table[i]` in Python. */
  row(index: number): Row {
    const row = this.rows.at(index)
    if (!row) throw new RangeError(`IndexError: table row ${index} out of range`)
    return row
  }

  hasColumn(name: string): boolean {
    return this.headings.includes(name)
  }

  getColumnIndex(name: string): number {
    return this.headings.indexOf(name)
  }

  /** The column's index; throws when the table has no such column (behave's require_column). */
  requireColumn(name: string): number {
    const index = this.headings.indexOf(name)
    if (index < 0) throw new Error(`REQUIRE COLUMN: ${name} (columns: ${this.headings.join(', ')})`)
    return index
  }

  /** Raw cells, headings first. */
  raw(): string[][] {
    return [this.headings, ...this.rows.map((r) => [...r.cells])]
  }

  toJSON(): string[][] {
    return this.raw()
  }
}
