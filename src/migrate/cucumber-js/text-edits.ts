// Source rewriting as a list of range replacements applied at the end, so everything a codemod
// does not touch keeps its exact bytes (comments, formatting, blank lines).

export interface TextEdit {
  start: number
  end: number
  text: string
}

export class TextEdits {
  private readonly edits: TextEdit[] = []

  replace(start: number, end: number, text: string): void {
    this.edits.push({ start, end, text })
  }

  insert(at: number, text: string): void {
    this.edits.push({ start: at, end: at, text })
  }

  /** Applies the edits; overlapping edits are a bug in the caller, so they throw. */
  apply(source: string): string {
    return this.applyRange(source, 0, source.length)
  }

  /** The text of source[start, end) with the edits inside that range applied. */
  applyRange(source: string, start: number, end: number): string {
    const inside = this.edits.filter((e) => e.start >= start && e.end <= end)
    const sorted = inside.sort((a, b) => a.start - b.start || a.end - b.end)
    let out = ''
    let at = start
    for (const edit of sorted) {
      if (edit.start < at) throw new Error(`Overlapping edits at ${edit.start}`)
      out += source.slice(at, edit.start) + edit.text
      at = edit.end
    }
    return out + source.slice(at, end)
  }
}
