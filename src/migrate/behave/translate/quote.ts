// A string as a single-quoted TypeScript literal, the way the project's own code is written.

export function quote(value: string): string {
  let out = "'"
  for (const c of value) {
    const code = c.codePointAt(0)!
    if (c === "'" || c === '\\') out += `\\${c}`
    else if (c === '\n') out += '\\n'
    else if (c === '\r') out += '\\r'
    else if (c === '\t') out += '\\t'
    else if (code < 0x20 || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`
    else out += c
  }
  return `${out}'`
}
