// parse_type's TypeBuilder as TypeScript helpers: enums, choices, variants, lists and cardinality
// (`Type?`, `Type*`, `Type+`) built from a converter for one item, with parse_type's patterns.
import { fieldTypes } from './parse-fields.js'
import { PY_SPACE } from './py-regex.js'
import { converterPattern, patternSource, withPattern, type TypeConverter } from './type-registry.js'

/** 0..1 (`?`), 0..N (`*`), 1..N (`+`) or exactly one. */
export type Cardinality = 'one' | 'zero_or_one' | 'zero_or_more' | 'one_or_more'

const ANYTHING = '.+?'
const patternOf = (converter: TypeConverter, pattern?: string | RegExp) =>
  pattern === undefined ? converterPattern(converter) : patternSource(pattern)
const escapeSep = (sep: string) => sep.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')
// Patterns built here are JavaScript syntax already: RegExp objects keep them from being translated again.
const js = (source: string) => new RegExp(source, 'u')
const SPACE = `[${PY_SPACE}]*`

/** `Type?`: the item or nothing (null). */
export function withZeroOrOne<T>(converter: TypeConverter<T>, pattern?: string | RegExp): TypeConverter<T | null> {
  const convert = (text: string) => {
    const trimmed = text?.trim()
    return trimmed ? converter(trimmed) : null
  }
  return withPattern(js(`(${patternOf(converter, pattern)})?`), convert)
}

/** `Type*`: a list of 0..N items separated by `listsep`. */
export function withZeroOrMore<T>(
  converter: TypeConverter<T>,
  pattern?: string | RegExp,
  listsep = ',',
): TypeConverter<T[]> {
  const p = patternOf(converter, pattern)
  const convert = (text: string) => {
    const trimmed = text?.trim()
    return trimmed ? trimmed.split(listsep).map((part) => converter(part.trim())) : []
  }
  return withPattern(js(`(${p})?(${SPACE}${escapeSep(listsep)}${SPACE}(${p}))*`), convert)
}

/** `Type+`: a list of 1..N items separated by `listsep`. */
export function withOneOrMore<T>(
  converter: TypeConverter<T>,
  pattern?: string | RegExp,
  listsep = ',',
): TypeConverter<T[]> {
  const p = patternOf(converter, pattern)
  const convert = (text: string) => text.split(listsep).map((part) => converter(part.trim()))
  return withPattern(js(`(${p})(${SPACE}${escapeSep(listsep)}${SPACE}(${p}))*`), convert)
}

export const withOptional = withZeroOrOne
export const withMany = withOneOrMore
export const withMany0 = withZeroOrMore

/** TypeBuilder.with_cardinality. */
export function withCardinality(
  cardinality: Cardinality,
  converter: TypeConverter,
  pattern?: string | RegExp,
  listsep = ',',
): TypeConverter {
  if (cardinality === 'one') return converter
  if (cardinality === 'zero_or_one') return withZeroOrOne(converter, pattern)
  if (cardinality === 'zero_or_more') return withZeroOrMore(converter, pattern, listsep)
  return withOneOrMore(converter, pattern, listsep)
}

/** MissingTypeError: a cardinality field whose item type is not registered, e.g. `{n:Number+}`. */
export class MissingTypeError extends Error {
  constructor(typeName: string) {
    super(`MissingTypeError: no type '${typeName.slice(0, -1)}' for the field type '${typeName}'`)
    this.name = 'MissingTypeError'
  }
}

/** cfparse: adds `Type?`, `Type*`, `Type+` variants a format uses to `types` (in place, as parse_type does). */
export function addCardinalityTypes(format: string, types: Record<string, TypeConverter>): void {
  for (const type of fieldTypes(format)) {
    if (Object.hasOwn(types, type)) continue
    const variant = cardinalityVariant(type, types)
    if (variant) types[type] = variant
  }
}

/** The converter for a cfparse field type with a cardinality suffix, e.g. `Number+` from `Number`. */
function cardinalityVariant(typeName: string, types: Record<string, TypeConverter>): TypeConverter | undefined {
  const suffix = typeName.at(-1)
  if (!suffix || !'?*+'.includes(suffix)) return undefined
  const base = types[typeName.slice(0, -1)]
  if (!base) throw new MissingTypeError(typeName)
  const cardinality = ({ '?': 'zero_or_one', '*': 'zero_or_more', '+': 'one_or_more' } as const)[
    suffix as '?' | '*' | '+'
  ]
  const variant = withCardinality(cardinality, base)
  variant.typeName = typeName
  return variant
}

/** TypeBuilder.make_enum: text → value from a mapping (or a TypeScript enum object). */
export function makeEnum<T>(mapping: Record<string, T>): TypeConverter<T> {
  const convert = (text: string) => {
    if (!Object.hasOwn(mapping, text)) text = text.toLowerCase()
    if (!Object.hasOwn(mapping, text)) throw new Error(`KeyError: '${text}'`)
    return mapping[text]!
  }
  return withPattern(Object.keys(mapping).join('|'), convert)
}

/** TypeBuilder.make_choice: one of the strings, returned as matched (after `transform`). */
export function makeChoice(
  choices: readonly string[],
  transform?: (text: string) => string,
  strict = true,
): TypeConverter<string> {
  const normalized = transform ? choices.map(transform) : [...choices]
  const convert = (text: string) => {
    if (transform) text = transform(text)
    if (strict && !normalized.includes(text)) throw new Error(`ValueError: ${text} not in: ${normalized.join(', ')}`)
    return text
  }
  return withPattern(normalized.join('|'), convert)
}

/** TypeBuilder.make_choice2: like makeChoice, returning [index, text]. */
export function makeChoice2(
  choices: readonly string[],
  transform?: (text: string) => string,
  strict = true,
): TypeConverter<[number, string]> {
  const choice = makeChoice(choices, transform, strict)
  const normalized = transform ? choices.map(transform) : [...choices]
  return withPattern(choice.pattern!, (text: string) => {
    const value = choice(text)
    return [normalized.indexOf(value), value] as [number, string]
  })
}

/** TypeBuilder.make_variant: the first converter whose pattern matches the text converts it. */
export function makeVariant(converters: readonly TypeConverter[]): TypeConverter {
  if (converters.length === 1) return converters[0]!
  const patterns = converters.map((c) => converterPattern(c))
  const matchers = patterns.map((p) => new RegExp(`^(?:${p})`, 'isu'))
  const convert = (text: string) => {
    const index = matchers.findIndex((m) => m.test(text))
    if (index < 0) throw new Error(`OOPS-VARIANT-MISMATCH: ${text}`)
    return converters[index]!(text)
  }
  return withPattern(js(`(${patterns.join(')|(')})`), convert)
}

/** TypeBuilder.make_list: 1..N of anything (or of `itemConverter`'s values), comma separated. */
export function makeList<T = string>(itemConverter?: TypeConverter<T>, listsep = ','): TypeConverter<T[]> {
  const item = itemConverter ?? (((text: string) => text) as unknown as TypeConverter<T>)
  return withOneOrMore(item, ANYTHING, listsep)
}

/** parse_type's TypeBuilder, with its Python method names in camelCase. */
export const TypeBuilder = {
  makeEnum,
  makeChoice,
  makeChoice2,
  makeVariant,
  makeList,
  withCardinality,
  withZeroOrOne,
  withOptional,
  withZeroOrMore,
  withMany0,
  withOneOrMore,
  withMany,
}
