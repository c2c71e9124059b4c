// The parameter-types file for vitest-cucumber expressions Cucumber Expressions lack.
import { customTypes } from './expression-types.js'

export function emitParameterTypes(names: string[]): string {
  const lines = [
    "// Parameter types for vitest-cucumber's step expressions that Cucumber Expressions lack.",
    "import { defineParameterType } from 'brine'",
  ]
  for (const name of names.sort()) {
    const type = customTypes[name]!
    lines.push(
      '',
      `defineParameterType({ name: '${type.name}', regexp: ${type.regexp}, transformer: ${type.transformer} })`,
    )
  }
  return lines.join('\n') + '\n'
}
