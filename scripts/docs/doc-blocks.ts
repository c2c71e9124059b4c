// Reads the fenced code blocks of a Markdown file with the marker comment written just above each:
// `<!-- file: path[#region] -->`, `<!-- output: path -->`, `<!-- run: dir [exit=N] -->` or
// `<!-- new-user -->`.

export interface DocBlock {
  /** The Markdown file and the line of the opening fence. */
  doc: string
  line: number
  lang: string
  content: string
  marker?: { kind: string; arg: string }
}

const FENCE = /^(\s*)(```+|~~~+)\s*([\w-]*)/
const MARKER = /^\s*<!--\s*([\w-]+)(?::\s*(.*?))?\s*-->\s*$/

export function docBlocks(doc: string, text: string): DocBlock[] {
  const lines = text.split('\n')
  const blocks: DocBlock[] = []
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]!)
    if (!open) continue
    const [, indent, fence, lang] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && !lines[j]!.trimStart().startsWith(fence!); j++) {
      body.push(lines[j]!.startsWith(indent!) ? lines[j]!.slice(indent!.length) : lines[j]!.trimStart())
    }
    const before = lines
      .slice(0, i)
      .reverse()
      .find((l) => l.trim() !== '')
    const marker = before ? MARKER.exec(before) : null
    blocks.push({
      doc,
      line: i + 1,
      lang: lang ?? '',
      content: body.join('\n'),
      ...(marker ? { marker: { kind: marker[1]!, arg: marker[2] ?? '' } } : {}),
    })
    i = j
  }
  return blocks
}

/**
 * The lines between `#region name` and `#endregion` (in any comment syntax), lines `La-Lb` for files
 * that cannot hold markers (golden files), or the whole text.
 */
export function region(text: string, name: string | undefined): string | undefined {
  if (!name) return text.replace(/\n$/, '')
  const lines = text.split('\n')
  const range = /^L(\d+)-L(\d+)$/.exec(name)
  if (range) return lines.slice(Number(range[1]) - 1, Number(range[2])).join('\n')
  const start = lines.findIndex((l) => new RegExp(`#region ${name}\\b`).test(l))
  if (start < 0) return undefined
  const end = lines.findIndex((l, i) => i > start && /#endregion\b/.test(l))
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** The commands of a shell block: comment lines dropped, `\` continuations joined. */
export function commands(content: string): string[] {
  return content
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
}
