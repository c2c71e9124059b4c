// Custom parse types: behave's register_type() and parse.with_pattern(). A converter turns the
// matched text into a value; its `pattern` (Python regex syntax as a string, or a RegExp) says what
// text it matches, `.+?` when it has none.
import { translatePythonRegex } from './py-regex.js'

/** A parse type converter: a function of the matched text, optionally with the pattern it matches. */
export interface TypeConverter<T = unknown> {
  (text: string): T
  /** Python regex syntax as a string (translated), or a JavaScript RegExp (its source is used). */
  pattern?: string | RegExp
  /** parse.with_pattern's regex_group_count; kept for fidelity, not needed for matching. */
  regexGroupCount?: number | null
  /** The name a cardinality variant was built for, e.g. `Number+`. */
  typeName?: string
}

/** parse.with_pattern(pattern)(fn): attaches the pattern the converter's text must match. */
export function withPattern<T>(
  pattern: string | RegExp,
  fn: (text: string) => T,
  regexGroupCount?: number | null,
): TypeConverter<T> {
  const converter = fn as TypeConverter<T>
  converter.pattern = pattern
  converter.regexGroupCount = regexGroupCount ?? null
  return converter
}

const registered: Record<string, TypeConverter> = {}

/**
 * behave's register_type: `registerType({ Number: parseNumber })`, or
 * `registerType('Number', (text) => Number(text), '\\d+')`. Applies to definitions made after it.
 */
export function registerType(types: Record<string, TypeConverter>): void
export function registerType<T>(name: string, fn: (text: string) => T, pattern?: string | RegExp): void
export function registerType(
  typesOrName: string | Record<string, TypeConverter>,
  fn?: (text: string) => unknown,
  pattern?: string | RegExp,
): void {
  if (typeof typesOrName === 'string') {
    if (typeof fn !== 'function') throw new TypeError(`registerType('${typesOrName}') needs a converter function`)
    registered[typesOrName] = pattern === undefined ? fn : withPattern(pattern, fn)
    return
  }
  for (const [name, converter] of Object.entries(typesOrName)) {
    if (typeof converter !== 'function')
      throw new TypeError(`registerType: the converter of '${name}' is not a function`)
    registered[name] = converter
  }
}

/** The registered types. The object itself is shared, as behave shares ParseMatcher.custom_types. */
export function registeredTypes(): Record<string, TypeConverter> {
  return registered
}

/** The converter's pattern as JavaScript RegExp source. */
export function converterPattern(converter: TypeConverter): string {
  return patternSource(converter.pattern)
}

/** A type pattern as JavaScript RegExp source: strings are Python syntax, RegExps are taken as they are. */
export function patternSource(pattern: string | RegExp | undefined): string {
  if (pattern === undefined) return '.+?'
  if (pattern instanceof RegExp) return pattern.source
  return translatePythonRegex(pattern).source
}
