// Ready-to-paste TypeScript for an undefined step, using the best Cucumber Expression for its text.
import './defer-regexp-tree.js'
import { CucumberExpressionGenerator, type ParameterTypeRegistry } from '@cucumber/cucumber-expressions'
import type { StepData } from '../types/feature-data.js'

const keywordOf = { Context: 'Given', Action: 'When', Outcome: 'Then', Unknown: 'Given' } as const

export function snippet(step: StepData, parameterTypes: ParameterTypeRegistry): string {
  const generator = new CucumberExpressionGenerator(() => parameterTypes.parameterTypes)
  const [expression] = generator.generateExpressions(step.text)
  const source = expression?.source ?? step.text
  const params = ['world', ...(expression?.parameterNames ?? [])]
  if (step.dataTable) params.push('dataTable')
  if (step.docString) params.push('docString')
  const keyword = keywordOf[step.type]
  return `${keyword}(${quote(source)}, async (${params.join(', ')}) => {\n  // Write code here that turns the phrase above into concrete actions\n  return 'pending'\n})`
}

function quote(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
}
