// Plain data as JavaScript source for the config the migration writes: single quotes, short
// arrays and objects on one line, the rest indented.

/** An option's value for vitest.config: data written as source, or an expression kept as written. */
export type SourceValue = { value: unknown } | { expression: string }

export function sourceText(value: SourceValue, indent = ''): string {
  return 'expression' in value ? value.expression : literal(value.value, indent)
}

const NAME = /^[A-Za-z_$][\w$]*$/

export function literal(value: unknown, indent = ''): string {
  if (value === undefined) return 'undefined'
  if (typeof value === 'string') return quote(value)
  if (typeof value !== 'object' || value === null) return String(value)
  const inner = `${indent}  `
  const items = Array.isArray(value)
    ? value.map((item) => literal(item, inner))
    : Object.entries(value).map(([key, item]) => `${NAME.test(key) ? key : quote(key)}: ${literal(item, inner)}`)
  if (items.length === 0) return Array.isArray(value) ? '[]' : '{}'
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{ ', ' }']
  const oneLine = `${open}${items.join(', ')}${close}`
  if (oneLine.length + indent.length <= 100 && !oneLine.includes('\n')) return oneLine
  return `${open.trim()}\n${items.map((item) => `${inner}${item},`).join('\n')}\n${indent}${close.trim()}`
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`
}
