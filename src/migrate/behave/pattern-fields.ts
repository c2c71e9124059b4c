// The arguments a behave pattern yields, in the order behave sorts them (by position in the step
// text), each named or positional — enough to bind them to the Python function's parameters.

export interface PatternField {
  /** Keyword argument name; undefined for a positional one. */
  name?: string
  /** parse format spec (e.g. `d`, `Number+`); '' for untyped and for regex groups. */
  format: string
}

/** Fields of a parse/cfparse pattern; a repeated name is a back-reference and yields one value. */
export function parseFields(pattern: string): PatternField[] {
  const fields: PatternField[] = []
  const seen = new Set<string>()
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if ((c === '{' || c === '}') && pattern[i + 1] === c) {
      i++
      continue
    }
    if (c !== '{') continue
    const close = pattern.indexOf('}', i)
    if (close < 0) break
    const inner = pattern.slice(i + 1, close)
    const colon = inner.indexOf(':')
    const name = colon < 0 ? inner : inner.slice(0, colon)
    const format = colon < 0 ? '' : inner.slice(colon + 1)
    i = close
    if (name === '') fields.push({ format })
    else if (!seen.has(name)) {
      seen.add(name)
      fields.push({ name, format })
    }
  }
  return fields
}

/** Capturing groups of a Python regular expression, in order; `(?P<n>…)` groups are named. */
export function regexFields(pattern: string): PatternField[] {
  const fields: PatternField[] = []
  let inClass = false
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '\\') {
      i++
    } else if (inClass) {
      if (c === ']') inClass = false
    } else if (c === '[') {
      inClass = true
      if (pattern[i + 1] === '^') i++
      if (pattern[i + 1] === ']') i++
    } else if (c === '(') {
      if (pattern[i + 1] !== '?') fields.push({ format: '' })
      else if (pattern.startsWith('?P<', i + 1)) {
        const end = pattern.indexOf('>', i)
        fields.push({ name: pattern.slice(i + 4, end), format: '' })
      } else if (pattern[i + 2] === '<' && pattern[i + 3] !== '=' && pattern[i + 3] !== '!') {
        const end = pattern.indexOf('>', i)
        fields.push({ name: pattern.slice(i + 3, end), format: '' })
      }
    }
  }
  return fields
}

export interface PythonParam {
  name: string
  /** Source text of the default value, if any. */
  defaultValue?: string
}

export interface Binding {
  /** For each Python parameter (after `context`): the index of the field that fills it, or -1 (default). */
  fill: number[]
  /** Problems Python would raise at call time (missing or unexpected arguments). */
  problems: string[]
}

/** Binds fields to parameters the way behave calls `func(context, *positional, **named)`. */
export function bindFields(fields: PatternField[], params: PythonParam[], acceptsKwargs = false): Binding {
  const positional = fields.map((f, i) => (f.name === undefined ? i : -1)).filter((i) => i >= 0)
  const problems: string[] = []
  const fill = params.map((param, p) => {
    if (p < positional.length) return positional[p]!
    const named = fields.findIndex((f) => f.name === param.name)
    if (named < 0 && param.defaultValue === undefined) problems.push(`no argument for parameter "${param.name}"`)
    return named
  })
  if (positional.length > params.length)
    problems.push(`${positional.length - params.length} positional argument(s) too many`)
  for (const field of fields) {
    if (field.name !== undefined && !params.some((p) => p.name === field.name) && !acceptsKwargs) {
      problems.push(`unexpected keyword argument "${field.name}"`)
    }
  }
  return { fill, problems }
}
