// vitest-cucumber's step expressions and what they become in brine: Cucumber Expression built-ins
// where the match is the same, else a parameter type brine's migration defines with
// vitest-cucumber's own regular expression and conversion.

export interface CustomType {
  name: string
  regexp: string
  /** Source of the transformer function. */
  transformer: string
}

/** vitest-cucumber name → brine parameter type name. */
const builtIn: Record<string, string> = {
  string: 'string',
  int: 'int',
  number: 'float',
  any: '',
}

/** Types the migration defines, by vitest-cucumber name. */
const custom: Record<string, CustomType> = {
  // vitest-cucumber's {word} is \w+; Cucumber's also takes quotes and dashes, which could make a
  // step match two definitions where vitest-cucumber matched one.
  word: { name: 'wordChars', regexp: '/\\w+/', transformer: '(s) => s' },
  boolean: { name: 'boolean', regexp: '/true|false/', transformer: "(s) => s === 'true'" },
  char: { name: 'char', regexp: '/\\w/', transformer: '(s) => s' },
  email: { name: 'email', regexp: '/[^\\s@]+@[^\\s@]+\\.[^\\s@]+/', transformer: '(s) => s' },
  url: { name: 'url', regexp: '/(?:https?:\\/\\/)?[^\\s$.?#].[^\\s]*/', transformer: '(s) => new URL(s)' },
  date: {
    name: 'date',
    regexp: '/\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?Z?)?|\\d{1,2}\\/\\d{1,2}\\/\\d{4}/',
    transformer: '(s) => new Date(s)',
  },
  list: { name: 'list', regexp: '/[^\\s,]+(?:,\\s*[^\\s,]+)*/', transformer: '(s) => s.split(/,\\s*/)' },
}

/** The types the migration defines, by their brine name. */
export const customTypes: Record<string, CustomType> = Object.fromEntries(
  Object.values(custom).map((type) => [type.name, type]),
)

/** The brine type for a vitest-cucumber expression name, or undefined when it has none. */
export function brineType(name: string): string | undefined {
  if (name in builtIn) return builtIn[name]
  if (name in custom) return custom[name]!.name
  return undefined
}
