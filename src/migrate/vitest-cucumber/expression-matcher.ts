// Whether a migrated Cucumber Expression matches a step's text, with the parameter types the
// migration defines: how the migration predicts what brine will bind, before anything runs.
import { CucumberExpression, ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import { customTypes } from './expression-types.js'

export type ExpressionMatcher = (expression: string, text: string) => boolean

export function expressionMatcher(): ExpressionMatcher {
  const registry = new ParameterTypeRegistry()
  for (const type of Object.values(customTypes)) {
    const source = type.regexp.slice(1, type.regexp.lastIndexOf('/'))
    registry.defineParameterType(new ParameterType(type.name, new RegExp(source), null, (s: string) => s, false, false))
  }
  const compiled = new Map<string, CucumberExpression | null>()
  const memo = new Map<string, boolean>()
  return (expression, text) => {
    const key = `${expression}\u0000${text}`
    let result = memo.get(key)
    if (result !== undefined) return result
    if (!compiled.has(expression)) {
      try {
        compiled.set(expression, new CucumberExpression(expression, registry))
      } catch {
        // An expression naming a type brine does not have matches nothing; the step's TODO says so.
        compiled.set(expression, null)
      }
    }
    result = compiled.get(expression)?.match(text) != null
    memo.set(key, result)
    return result
  }
}
