// How parse finds the fields in a format: its PARSE_RE (with Python's Unicode \w), and the
// types of the typed fields, as parse_type's FieldParser reads them for cfparse.
import { PY_WORD } from './py-regex.js'

export const FIELD_RE = new RegExp(
  `(\\{\\{|\\}\\}|\\{[${PY_WORD}]*(?:(?:\\.[${PY_WORD}]+)|(?:\\[[^\\]]+\\]))*(?::[^}]+)?\\})`,
  'u',
)

/** The type of every typed field of a format, as parse_type's FieldParser.extract_types reads them. */
export function fieldTypes(format: string): string[] {
  const types: string[] = []
  for (const part of format.split(FIELD_RE)) {
    if (!part.startsWith('{') || !part.endsWith('}') || part === '{{' || part === '}}') continue
    const spec = part.slice(1, -1).split(':')[1]
    if (spec) types.push(/^(?:.?[<>=^])?0?\p{Nd}*(?:\.\p{Nd}*)?(.*)$/su.exec(spec)![1]!)
  }
  return types
}
