// Python's `parse` library (1.19) in TypeScript: a format such as `I have {n:d} {what}` compiles to
// a regular expression anchored to the whole text, DOTALL, case-insensitive unless asked otherwise,
// with parse's field types, alignment and width. Ported from parse.Parser._handle_field.
import { DATE_TYPES, dateConvert } from './parse-dates.js'
import { intConvert, percentage, pyFloat } from './parse-numbers.js'
import { FIELD_RE } from './parse-fields.js'
import { PY_DIGIT, PY_SPACE, PY_WORD } from './py-regex.js'
import { addCardinalityTypes } from './type-builder.js'
import { converterPattern, type TypeConverter } from './type-registry.js'

/** Two uses of one field name with different format specs (parse's RepeatedNameError). */
export class RepeatedNameError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'RepeatedNameError'
  }
}

/** A format spec parse does not know, e.g. `{n:q}` (parse raises ValueError). */
export class FormatSpecError extends Error {
  constructor(
    readonly format: string,
    problem: string,
  ) {
    super(`${problem} in parse pattern "${format}"`)
    this.name = 'FormatSpecError'
  }
}

export interface ParserOptions {
  /** Types beyond parse's own, by name; they win over built-in ones of the same name. */
  extraTypes?: Record<string, TypeConverter>
  /** parse's case_sensitive (default false: the pattern matches ignoring case). */
  caseSensitive?: boolean
  /** parse_type's cfparse: `{x:Type+}`, `{x:Type*}`, `{x:Type?}` fields built from `Type`. */
  cardinality?: boolean
}

const D = `[${PY_DIGIT}]`
const ALLOWED_TYPES = new Set([...'nbox%fFegwWdDsSl'].concat([...'ieahgcts'].map((c) => `t${c}`)))
const CLASS: Record<string, string> = {
  w: `[${PY_WORD}]`,
  W: `[^${PY_WORD}]`,
  s: `[${PY_SPACE}]`,
  S: `[^${PY_SPACE}]`,
  D: `[^${PY_DIGIT}]`,
}

type Convert = (text: string) => unknown

interface Field {
  group: string
  /** The field name, or undefined for a fixed (positional) field. */
  name: string | undefined
  convert: Convert | undefined
}

interface FormatSpec {
  fill: string | undefined
  align: string | undefined
  width: string
  precision: string | undefined
  type: string
}

/** The values of a match: positional fields in `fixed`, named ones in `named`, with their spans. */
export class ParseResult {
  constructor(
    readonly fixed: unknown[],
    readonly named: Record<string, unknown>,
    /** [start, end] by field name, and by position for fixed fields. */
    readonly spans: Map<string | number, [number, number]>,
  ) {}

  /** `result[0]` / `result['name']` in Python. */
  get(key: number | string): unknown {
    return typeof key === 'number' ? this.fixed[key] : this.named[key]
  }
}

export class Parser {
  /** The JavaScript regular expression source the format compiles to (unanchored). */
  readonly expression: string
  readonly flags: string
  private readonly fields: Field[] = []
  private readonly groupOf = new Map<string, string>()
  private readonly typeOf = new Map<string, string>()
  private matchRe: RegExp | undefined
  private searchRe: RegExp | undefined

  constructor(
    readonly format: string,
    private readonly extraTypes: Record<string, TypeConverter> = {},
    caseSensitive = false,
  ) {
    this.flags = caseSensitive ? 'sud' : 'isud'
    this.expression = this.generate()
  }

  /** Matches the whole text; null when it does not match. Throws when a type conversion fails. */
  parse(text: string): ParseResult | null {
    this.matchRe ??= this.compile(`^(?:${this.expression})$`)
    const m = this.matchRe.exec(text)
    return m ? this.evaluate(m) : null
  }

  /** Whether the whole text matches, without converting any field (what behave's load-time check needs). */
  test(text: string): boolean {
    this.matchRe ??= this.compile(`^(?:${this.expression})$`)
    return this.matchRe.test(text)
  }

  /** Finds the format anywhere in the text. */
  search(text: string, pos = 0): ParseResult | null {
    this.searchRe ??= this.compile(this.expression, 'g')
    this.searchRe.lastIndex = pos
    const m = this.searchRe.exec(text)
    return m ? this.evaluate(m) : null
  }

  get namedFields(): string[] {
    return this.fields.filter((f) => f.name !== undefined).map((f) => f.name!)
  }

  get fixedFieldCount(): number {
    return this.fields.filter((f) => f.name === undefined).length
  }

  private compile(source: string, extra = ''): RegExp {
    try {
      return new RegExp(source, this.flags + extra)
    } catch (error) {
      throw new FormatSpecError(this.format, `Invalid regular expression (${(error as Error).message})`)
    }
  }

  private evaluate(m: RegExpExecArray): ParseResult {
    const fixed: unknown[] = []
    const named: Record<string, unknown> = {}
    const spans = new Map<string | number, [number, number]>()
    for (const field of this.fields) {
      const text = m.groups![field.group]!
      const value = field.convert ? field.convert(text) : text
      const span = m.indices!.groups![field.group]!
      if (field.name === undefined) {
        spans.set(fixed.length, span)
        fixed.push(value)
      } else {
        spans.set(field.name, span)
        assignNamed(named, field.name, value)
      }
    }
    return new ParseResult(fixed, named, spans)
  }

  private generate(): string {
    let out = ''
    for (const part of this.format.split(FIELD_RE)) {
      if (!part) continue
      if (part === '{{') out += '\\{'
      else if (part === '}}') out += '\\}'
      else if (part.startsWith('{') && part.endsWith('}')) out += this.field(part.slice(1, -1))
      else out += escapeLiteral(part)
    }
    return out
  }

  private field(field: string): string {
    const colon = field.split(':')
    if (colon.length > 2) throw new FormatSpecError(this.format, `Too many ':' in field {${field}}`)
    const [name, format = ''] = colon as [string, string?]
    const group = `f${this.fields.length}`
    let isNamed = false
    if (/^\p{L}/u.test(name)) {
      const previous = this.groupOf.get(name)
      if (previous !== undefined) {
        if (this.typeOf.get(name) !== format) {
          throw new RepeatedNameError(
            `field type '${format}' for field "${name}" does not match previous seen type '${this.typeOf.get(name)}'`,
          )
        }
        return `\\k<${previous}>`
      }
      if (!/^\p{L}[\p{L}\p{N}_]*$/u.test(name.replace(/[.[\]]/g, '_'))) {
        throw new FormatSpecError(this.format, `Field name "${name}" cannot be a regular expression group name`)
      }
      this.groupOf.set(name, group)
      this.typeOf.set(name, format)
      isNamed = true
    }
    const record = (convert?: Convert) => this.fields.push({ group, name: isNamed ? name : undefined, convert })
    if (!format) {
      record()
      return `(?<${group}>.+?)`
    }
    const spec = this.extractFormat(format)
    const type = spec.type
    const isNumeric = type !== '' && 'n%fegdobx'.includes(type)
    let s: string
    let convert: Convert | undefined
    const custom = Object.hasOwn(this.extraTypes, type) ? this.extraTypes[type] : undefined
    if (custom) {
      s = converterPattern(custom)
      convert = (text) => custom(text)
    } else if (type === 'n') {
      s = `${D}{1,3}([,.]${D}{3})*`
      convert = (text) => intConvert(text, 10)
    } else if (type === 'b' || type === 'o' || type === 'x') {
      const base = { b: 2, o: 8, x: 16 }[type]
      s = { b: '(0[bB])?[01]+', o: '(0[oO])?[0-7]+', x: '(0[xX])?[0-9a-fA-F]+' }[type]
      convert = (text) => intConvert(text, base)
    } else if (type === '%') {
      s = `${D}+(\\.${D}+)?%`
      convert = percentage
    } else if (type === 'f' || type === 'F') {
      s = `${D}*\\.${D}+`
      convert = pyFloat
    } else if (type === 'e') {
      s = `${D}*\\.${D}+[eE][-+]?${D}+|nan|NAN|[-+]?inf|[-+]?INF`
      convert = pyFloat
    } else if (type === 'g') {
      s = `${D}+(\\.${D}+)?([eE][-+]?${D}+)?|nan|NAN|[-+]?inf|[-+]?INF`
      convert = pyFloat
    } else if (type === 'd') {
      const w = spec.width ? `{1,${Number(spec.width)}}` : '+'
      s = `${D}${w}|[-+ ]?0[xX][0-9a-fA-F]${w}|[-+ ]?0[bB][01]${w}|[-+ ]?0[oO][0-7]${w}`
      convert = (text) => intConvert(text)
    } else if (DATE_TYPES[type]) {
      s = DATE_TYPES[type].pattern
      const flags = this.flags.replace('d', '')
      convert = (text) => dateConvert(type, text, flags)
    } else if (type === 'l') {
      s = '[A-Za-z]+'
    } else if (type) {
      s = `${CLASS[type]!}+`
    } else if (spec.precision) {
      s = spec.width ? `.{${spec.width},${spec.precision}}?` : `.{1,${spec.precision}}?`
    } else if (spec.width) {
      s = `.{${spec.width},}?`
    } else {
      s = '.+?'
    }
    record(convert)

    let { align, fill } = spec
    if (isNumeric) {
      if (align === '=') {
        // parse does not escape the fill here: `{:*=d}` is a broken pattern there too.
        fill ||= '0'
        s = `${fill}*${s}`
      }
      s = `[-+ ]?${s}`
    }
    fill ||= ' '
    s = `(?<${group}>${s})`
    if (spec.width && !align) align = '>'
    const f = escapeFill(fill)
    if (align === '<') s = `${s}${f}+`
    else if (align === '>') s = `${f}*${s}`
    else if (align === '^') s = `${f}*${s}${f}+`
    return s
  }

  /** parse.extract_format: [[fill]align][0][width][.precision][type]. */
  private extractFormat(format: string): FormatSpec {
    let fill: string | undefined
    let align: string | undefined
    const rest = [...format]
    if ('<>=^'.includes(rest[0]!)) align = rest.shift()
    else if (rest.length > 1 && '<>=^'.includes(rest[1]!)) [fill, align] = rest.splice(0, 2)
    if (rest[0] === '0') rest.shift()
    let width = ''
    while (rest.length && /^\p{Nd}$/u.test(rest[0]!)) width += rest.shift()
    let precision: string | undefined
    if (rest[0] === '.') {
      rest.shift()
      precision = ''
      while (rest.length && /^\p{Nd}$/u.test(rest[0]!)) precision += rest.shift()
    }
    const type = rest.join('')
    if (type && !ALLOWED_TYPES.has(type) && !Object.hasOwn(this.extraTypes, type)) {
      throw new FormatSpecError(this.format, `format spec '${type}' not recognised`)
    }
    return { fill, align, width, precision, type }
  }
}

/** Literal text of the format, escaped for a unicode-mode RegExp. */
function escapeLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}

/** parse escapes only these fill characters; any other goes into the pattern as it is. */
function escapeFill(fill: string): string {
  return '.\\+?*[](){}^$'.includes(fill) ? `\\${fill}` : fill
}

/** parse's _expand_named_fields: `a.b` and `a[b]` become nested objects. */
function assignNamed(named: Record<string, unknown>, field: string, value: unknown): void {
  const [, base, subkeys] = /^([^[]+)(.*)$/su.exec(field)!
  const keys = [...subkeys!.matchAll(/\[([^\]]+)\]/g)].map((k) => k[1]!)
  let target = named
  let key = base!
  for (const sub of keys) {
    target = (target[key] ??= {}) as Record<string, unknown>
    key = sub
  }
  target[key] = value
}

/** Compiles a parse format once, for repeated use (parse.compile). */
export function compile(format: string, options: ParserOptions = {}): Parser {
  const types = { ...options.extraTypes }
  if (options.cardinality) addCardinalityTypes(format, types)
  return new Parser(format, types, options.caseSensitive)
}

/** parse.parse(format, text): the fields when the whole text matches, else null. */
export function parse(format: string, text: string, options: ParserOptions = {}): ParseResult | null {
  return compile(format, options).parse(text)
}

/** parse.search(format, text): the first place the format matches inside the text, else null. */
export function search(format: string, text: string, options: ParserOptions = {}): ParseResult | null {
  return compile(format, options).search(text)
}
