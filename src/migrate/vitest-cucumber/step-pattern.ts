// A vitest-cucumber step text as a Cucumber Expression with the parameters its step function
// receives: `{number}`-style expressions map to brine types, and an outline's `<placeholder>`
// becomes a parameter typed by its Examples values ("<x>" → {string}, integers → {int}, …).
import { brineType } from './expression-types.js'

type PatternParam =
  { kind: 'expression'; type: string; index: number } | { kind: 'placeholder'; name: string; type: string }

export interface StepPattern {
  expression: string
  params: PatternParam[]
  /** vitest-cucumber expressions brine has no type for, e.g. `{currency}`. */
  unknown: string[]
}

const INT = /^-?\d+$/
const FLOAT = /^-?\d*\.\d+$/

/** The parameter type that matches every value of a column, as its values show. */
export function placeholderType(values: readonly string[], quoted: boolean): string {
  if (quoted) return 'string'
  if (values.length > 0 && values.every((v) => INT.test(v))) return 'int'
  if (values.length > 0 && values.every((v) => INT.test(v) || FLOAT.test(v))) return 'float'
  return ''
}

function escapeLiteral(text: string): string {
  return text.replace(/[\\(){}/]/g, (c) => `\\${c}`)
}

export function stepPattern(text: string, examples: Record<string, readonly string[]> | undefined): StepPattern {
  const params: PatternParam[] = []
  const unknown: string[] = []
  let expression = ''
  let expressions = 0
  const token = /"<([^<>"]+)>"|'<([^<>']+)>'|<([^<>]+)>|\{(\w*)\}/g
  let at = 0
  for (let m = token.exec(text); m; m = token.exec(text)) {
    const placeholder = m[1] ?? m[2] ?? m[3]
    if (placeholder !== undefined && !(examples && placeholder in examples)) continue
    expression += escapeLiteral(text.slice(at, m.index))
    at = m.index + m[0].length
    if (placeholder !== undefined) {
      const values = examples![placeholder]!
      const quote = m[1] !== undefined ? '"' : m[2] !== undefined ? "'" : ''
      // A value with its own quote (`""`) or a backslash does not read back through {string}: the
      // quotes stay literal around an anonymous parameter, which gives the value as written.
      const literal = quote !== '' && values.some((v) => v.includes(quote) || v.includes('\\'))
      const type = literal ? '' : placeholderType(values, quote !== '')
      params.push({ kind: 'placeholder', name: placeholder, type })
      expression += literal ? `${quote}{}${quote}` : `{${type}}`
    } else {
      const type = brineType(m[4]!)
      if (type === undefined) unknown.push(`{${m[4]}}`)
      params.push({ kind: 'expression', type: type ?? m[4]!, index: expressions++ })
      expression += `{${type ?? m[4]}}`
    }
  }
  expression += escapeLiteral(text.slice(at))
  return { expression, params, unknown }
}

/**
 * The Examples column each `{expression}` of a spec text stands for in an outline step, read off
 * the step's Gherkin text: `I parse route key {string}` over `I parse route key "<key>"` gives
 * `['key']`. A parameter that covers more (or less) than one placeholder gives undefined.
 */
export function expressionColumns(text: string, template: string): (string | undefined)[] {
  const parts = text.split(/(\{\w*\})/)
  const count = (parts.length - 1) / 2
  const source = parts.map((part, i) => (i % 2 ? '(.*?)' : part.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'))).join('')
  const match = new RegExp(`^${source}$`, 's').exec(template)
  return Array.from({ length: count }, (_, i) => {
    const group = match?.[i + 1]
    return /^(["']?)<([^<>]+)>\1$/.exec(group ?? '')?.[2]
  })
}
