// Snippets for an undefined step, one per Cucumber Expression that fits its text, written the
// way brine's runtime writes the first one in its error message.
import { CucumberExpressionGenerator, ParameterType, ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import type { PickleStep } from '@cucumber/messages'
import type { ParameterTypeInfo } from '../../types/support-info.js'

const keywordOf: Record<string, string> = { Context: 'Given', Action: 'When', Outcome: 'Then' }

export function snippets(step: PickleStep, parameterTypes: readonly ParameterTypeInfo[]): string[] {
  const registry = new ParameterTypeRegistry()
  for (const type of parameterTypes) {
    const regexps = type.regexps.map((source) => new RegExp(source))
    registry.defineParameterType(
      new ParameterType(type.name, regexps, null, (s) => s, type.useForSnippets, type.preferForRegexpMatch),
    )
  }
  const generator = new CucumberExpressionGenerator(() => registry.parameterTypes)
  const keyword = keywordOf[step.type ?? ''] ?? 'Given'
  return generator.generateExpressions(step.text).map((expression) => {
    const params = ['world', ...expression.parameterNames]
    if (step.argument?.dataTable) params.push('dataTable')
    if (step.argument?.docString) params.push('docString')
    return `${keyword}(${quote(expression.source)}, async (${params.join(', ')}) => {\n  // Write code here that turns the phrase above into concrete actions\n  return 'pending'\n})`
  })
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}
