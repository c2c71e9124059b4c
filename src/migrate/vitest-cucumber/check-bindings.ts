// Checks the migrated definitions against every step of the features: each step must match
// exactly one definition, as it did in vitest-cucumber where each scenario listed its own steps.
import { CucumberExpression, ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import type { FeatureIndex } from './feature-index.js'
import { customTypes } from './expression-types.js'

export function checkBindings(features: FeatureIndex[], expressions: string[]): Map<string, string[]> {
  const registry = new ParameterTypeRegistry()
  for (const type of Object.values(customTypes)) {
    const source = type.regexp.slice(1, type.regexp.lastIndexOf('/'))
    registry.defineParameterType(new ParameterType(type.name, new RegExp(source), null, (s: string) => s, false, false))
  }
  const compiled = expressions.map((e) => {
    try {
      return { source: e, expression: new CucumberExpression(e, registry) }
    } catch {
      return { source: e, expression: undefined }
    }
  })
  const problems = new Map<string, string[]>()
  for (const feature of features) {
    const seen = new Set<string>()
    for (const pickle of feature.pickles) {
      for (const step of pickle.steps) {
        if (seen.has(step.text)) continue
        seen.add(step.text)
        const matches = compiled.filter((c) => c.expression?.match(step.text)).map((c) => c.source)
        if (matches.length === 1) continue
        const list = problems.get(feature.uri) ?? []
        list.push(
          matches.length === 0
            ? `step "${step.text}" matches no migrated definition`
            : `step "${step.text}" matches ${matches.length} definitions: ${matches.map((m) => `'${m}'`).join(', ')}`,
        )
        problems.set(feature.uri, list)
      }
    }
  }
  return problems
}
