// Python `re` syntax → JavaScript RegExp source (unicode mode), for patterns written for Python:
// behave's `re` step patterns given as strings and parse type patterns. Python's \d, \w and \s match
// Unicode, so they become Unicode property classes; `(?P<n>…)`/`(?P=n)` become `(?<n>…)`/`\k<n>`.

/** Python's Unicode whitespace (str.isspace), for `\s`. */
export const PY_SPACE = '\\t-\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
/** Python's Unicode word characters (str.isalnum() or '_'), for `\w`. */
export const PY_WORD = '\\p{L}\\p{N}_'
export const PY_DIGIT = '\\p{Nd}'

const classIn: Record<string, string> = { d: PY_DIGIT, w: PY_WORD, s: PY_SPACE }
const outside: Record<string, string> = {
  d: `[${PY_DIGIT}]`,
  D: `[^${PY_DIGIT}]`,
  w: `[${PY_WORD}]`,
  W: `[^${PY_WORD}]`,
  s: `[${PY_SPACE}]`,
  S: `[^${PY_SPACE}]`,
}
// Under (?a), Python's classes are ASCII-only, as JavaScript's own.
const ASCII_CLASSES = {
  inClass: { d: '\\d', w: '\\w', s: '\\s' } as Record<string, string>,
  outside: { d: '\\d', D: '\\D', w: '\\w', W: '\\W', s: '\\s', S: '\\S' } as Record<string, string>,
}
const syntax = new Set('^$\\.*+?()[]{}|/'.split(''))
const controlEscapes = new Set('tnrfv0123456789bBxuNkcpP'.split(''))

export interface TranslatedRegex {
  source: string
  /** Flags set inline at the start, e.g. `(?i)`. */
  flags: string
}

export class PythonRegexError extends Error {
  constructor(
    readonly pattern: string,
    readonly index: number,
    problem: string,
  ) {
    super(`${problem}\n  ${pattern}\n  ${' '.repeat(index)}^`)
    this.name = 'PythonRegexError'
  }
}

/** Translates a Python regular expression to a JavaScript one with the same meaning. */
export function translatePythonRegex(pattern: string): TranslatedRegex {
  let flags = ''
  let i = 0
  let verbose = false
  let ascii = false
  const leading = /^\(\?([aiLmsux]+)\)/.exec(pattern)
  if (leading) {
    for (const f of leading[1]!) {
      if (f === 'i' || f === 's' || f === 'm') flags += f
      else if (f === 'x') verbose = true
      else if (f === 'a') ascii = true
      else if (f !== 'u') throw new PythonRegexError(pattern, 2, `Inline flag (?${f}) has no JavaScript equivalent`)
    }
    i = leading[0].length
  }
  const classes = ascii ? ASCII_CLASSES : { inClass: classIn, outside }
  let out = ''
  let inClass = false
  while (i < pattern.length) {
    const c = pattern[i]!
    if (c === '\\') {
      const n = pattern[i + 1]
      i += 2
      if (n === undefined) throw new PythonRegexError(pattern, i - 2, 'Pattern ends with a lone backslash')
      if (!inClass && n === 'A') out += '^'
      else if (!inClass && n === 'Z') out += '$'
      else if (n === 'U') {
        out += `\\u{${pattern.slice(i, i + 8).replace(/^0+(?=.)/, '')}}`
        i += 8
      } else if (inClass && n in classes.inClass) out += classes.inClass[n]
      else if (!inClass && n in classes.outside) out += classes.outside[n]
      else if (controlEscapes.has(n) || /[a-zA-Z]/.test(n) || syntax.has(n) || (inClass && n === '-')) out += `\\${n}`
      else out += n
      continue
    }
    if (verbose && !inClass && /\s/.test(c)) {
      i++
      continue
    }
    if (verbose && !inClass && c === '#') {
      const end = pattern.indexOf('\n', i)
      i = end < 0 ? pattern.length : end + 1
      continue
    }
    if (inClass) {
      if (c === ']') inClass = false
      out += c
      i++
      continue
    }
    if (c === '[') {
      inClass = true
      out += c
      i++
      if (pattern[i] === '^') out += pattern[i++]
      // A ']' right after '[' or '[^' is a literal in Python.
      if (pattern[i] === ']') {
        out += '\\]'
        i++
      }
      continue
    }
    if (pattern.startsWith('(?P<', i)) {
      out += '(?<'
      i += 4
      continue
    }
    if (pattern.startsWith('(?P=', i)) {
      const end = pattern.indexOf(')', i)
      out += `\\k<${pattern.slice(i + 4, end)}>`
      i = end + 1
      continue
    }
    if (pattern.startsWith('(?#', i)) {
      i = pattern.indexOf(')', i) + 1
      continue
    }
    if (c === '{' || c === '}') {
      const quantifier = c === '{' ? /^\{\d*(,\d*)?\}/.exec(pattern.slice(i)) : null
      if (quantifier && quantifier[0] !== '{}' && quantifier[0] !== '{,}') {
        // Python reads `{,n}` as `{0,n}`; JavaScript needs the 0.
        out += quantifier[0].replace('{,', '{0,')
        i += quantifier[0].length
      } else {
        out += `\\${c}`
        i++
      }
      continue
    }
    out += c
    i++
  }
  return { source: out, flags }
}

/**
 * The names of a RegExp source's capturing groups in order (undefined for an unnamed one), so a
 * match can be turned into behave's arguments: named groups by name, others by position.
 */
export function captureGroups(source: string): (string | undefined)[] {
  const groups: (string | undefined)[] = []
  let inClass = false
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') {
      i++
    } else if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') {
      inClass = true
      if (source[i + 1] === ']') i++
    } else if (c === '(') {
      if (source[i + 1] !== '?') groups.push(undefined)
      else if (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!') {
        groups.push(source.slice(i + 3, source.indexOf('>', i)))
      }
    }
  }
  return groups
}
