// The value of a Python string literal (prefixes u/r/b, implicit concatenation, escapes), read from
// its tree-sitter node. f-strings and bytes have no static value here; the translator handles them.
import type { PyNode } from './python-parser.js'

export interface StringParts {
  prefix: string
  /** Source text between the quotes. */
  body: string
}

/** Prefix letters (lower-case) and body of one `string` node. */
export function stringParts(node: PyNode): StringParts {
  const start = node.children.find((c) => c?.type === 'string_start')!.text
  const end = node.children.find((c) => c?.type === 'string_end')!.text
  let letters = 0
  while (letters < start.length && start[letters] !== '"' && start[letters] !== "'") letters++
  const prefix = start.slice(0, letters).toLowerCase()
  const text = node.text
  return { prefix, body: text.slice(start.length, text.length - end.length) }
}

/** The value of a plain (non-f, non-bytes) string or concatenation of them; undefined otherwise. */
export function stringValue(node: PyNode): string | undefined {
  if (node.type === 'concatenated_string') {
    let value = ''
    for (const part of node.namedChildren) {
      const piece = part && stringValue(part)
      if (piece === undefined) return undefined
      value += piece
    }
    return value
  }
  if (node.type !== 'string') return undefined
  const { prefix, body } = stringParts(node)
  if (prefix.includes('f') || prefix.includes('b')) return undefined
  return prefix.includes('r') ? body : unescape(body)
}

const simple: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
  '\n': '',
}

/** Decodes Python escape sequences of a non-raw string body. */
export function unescape(body: string): string {
  let out = ''
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!
    if (c !== '\\' || i + 1 >= body.length) {
      out += c
      continue
    }
    const next = body[i + 1]!
    if (next in simple) {
      out += simple[next]
      i++
    } else if (next >= '0' && next <= '7') {
      let digits = ''
      while (digits.length < 3 && body[i + 1 + digits.length]! >= '0' && body[i + 1 + digits.length]! <= '7') {
        digits += body[i + 1 + digits.length]
      }
      out += String.fromCodePoint(parseInt(digits, 8))
      i += digits.length
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const size = next === 'x' ? 2 : next === 'u' ? 4 : 8
      out += String.fromCodePoint(parseInt(body.slice(i + 2, i + 2 + size), 16))
      i += 1 + size
    } else {
      // Python keeps unknown escapes (e.g. `\d` in a non-raw pattern) as they are.
      out += c
    }
  }
  return out
}
