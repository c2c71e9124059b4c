// The parameters a function's JavaScript source declares, as text: what inspect.signature() shows,
// and where a call's keyword arguments go when the callee was not translated to read them itself.

/** The text between a function's first '(' and its matching ')'. */
export function parameterText(source: string): string {
  const start = source.indexOf('(')
  let depth = 0
  for (let i = start; i < source.length; i++) {
    if ('([{'.includes(source[i]!)) depth++
    else if (')]}'.includes(source[i]!) && --depth === 0) return source.slice(start + 1, i)
  }
  return ''
}

/** Splits a parameter list at its top-level commas. */
export function splitParameters(text: string): string[] {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const c of text) {
    if ('([{'.includes(c)) depth++
    if (')]}'.includes(c)) depth--
    if (c === ',' && depth === 0) {
      out.push(current)
      current = ''
    } else current += c
  }
  return [...out, current].map((s) => s.trim()).filter(Boolean)
}
