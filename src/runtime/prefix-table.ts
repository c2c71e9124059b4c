// Positions filed under literal text a step's text must start with: the lookup structure behind
// both step indexes. Folded tables compare lowercased text.

export class PrefixTable {
  private readonly byPrefix = new Map<string, number[]>()
  /** Distinct prefix lengths. */
  private readonly lengths: number[] = []

  constructor(private readonly fold = false) {}

  add(prefix: string, position: number): void {
    const key = this.fold ? prefix.toLowerCase() : prefix
    const list = this.byPrefix.get(key)
    if (list) list.push(position)
    else this.byPrefix.set(key, [position])
    if (!this.lengths.includes(key.length)) this.lengths.push(key.length)
  }

  /** Appends the positions filed under a prefix of `text`; returns how many prefixes had some. */
  collect(text: string, into: number[]): number {
    let sources = 0
    for (const length of this.lengths) {
      if (length > text.length) continue
      const start = text.slice(0, length)
      const list = this.byPrefix.get(this.fold ? start.toLowerCase() : start)
      if (!list) continue
      into.push(...list)
      sources++
    }
    return sources
  }
}
