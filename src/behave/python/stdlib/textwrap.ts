// textwrap: dedent, indent, wrap, fill and shorten, breaking lines on whitespace as Python does.
/* eslint-disable @typescript-eslint/no-explicit-any -- Python values are dynamically typed */
import { splitKwargs } from '../kwargs.js'
import { pyModule } from '../registry.js'

function dedent(text: string): string {
  const lines = text.split('\n')
  const margins = lines.filter((l) => l.trim()).map((l) => /^[ \t]*/.exec(l)![0])
  let margin = margins[0] ?? ''
  for (const m of margins) while (!m.startsWith(margin)) margin = margin.slice(0, -1)
  return lines.map((l) => (l.trim() ? l.slice(margin.length) : l.replace(/^[ \t]+$/, ''))).join('\n')
}

function wrap(text: string, ...args: any[]): string[] {
  const [[w], kwargs] = splitKwargs(args)
  const width: number = kwargs.width ?? w ?? 70
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  return lines
}

export const textwrap = pyModule('textwrap', {
  dedent,
  indent: (text: string, prefix: string) => text.replace(/^(?=.*\S)/gm, prefix),
  wrap,
  fill: (text: string, ...args: any[]) => wrap(text, ...args).join('\n'),
  shorten: (text: string, ...args: any[]) => {
    const [[widthArg], { width = widthArg, placeholder = ' [...]' }] = splitKwargs(args)
    const words = text.split(/\s+/).filter(Boolean).join(' ')
    if (words.length <= width) return words
    const lines = wrap(words, width - placeholder.length)
    return (lines[0] ?? '') + placeholder
  },
})
