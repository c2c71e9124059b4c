// How behave 1.2.6 splits one line into tags or table cells, with the columns @cucumber/messages
// locations need: tags are whitespace-separated words that each start with '@' (a '#' word ends
// the line); cells split on '|' not preceded by '\', with '\|' the only escape, and the first and
// last character of the row dropped whatever they are.
import type { IdGenerator, TableCell, Tag } from '@cucumber/messages'

/** The tags of a stripped tag line starting at `indent`; `bad` is the first word without '@'. */
export function tagsOf(
  text: string,
  indent: number,
  line: number,
  newId: IdGenerator.NewId,
): { tags: Tag[]; bad?: string } {
  const tags: Tag[] = []
  for (const word of text.matchAll(/\S+/g)) {
    const value = word[0]
    if (value.startsWith('#')) break
    if (!value.startsWith('@')) return { tags, bad: value }
    tags.push({ location: { line, column: indent + word.index + 1 }, name: value, id: newId() })
  }
  return { tags }
}

/** The cells of a stripped table row starting at `indent`. */
export function tableCells(text: string, indent: number, line: number): TableCell[] {
  const inner = text.slice(1, -1)
  const cells: TableCell[] = []
  let start = 0
  for (const separator of [...inner.matchAll(/(?<!\\)\|/g), { index: inner.length }]) {
    const raw = inner.slice(start, separator.index)
    const lead = raw.length - raw.trimStart().length
    cells.push({
      location: { line, column: indent + 2 + start + lead },
      value: raw.replace(/\\\|/g, '|').trim(),
    })
    start = separator.index + 1
  }
  return cells
}
