// The corpus as .feature files (brine, cucumber-js, quickpickle and behave all read the same text),
// and the patterns of its step definitions in Cucumber Expression and behave parse syntax.
import { IO_PATTERN, stepText, type CorpusModel, type DefinitionModel, type FeatureModel } from './corpus.js'

export function featureText(corpus: CorpusModel, feature: FeatureModel): string {
  const lines: string[] = []
  if (corpus.options.concurrent) lines.push('@concurrent')
  lines.push(`Feature: ${feature.name}`, '')
  if (feature.background.length > 0) {
    lines.push('  Background:')
    for (const step of feature.background) lines.push(`    ${step.keyword} ${stepText(corpus, step)}`)
    lines.push('')
  }
  for (const scenario of feature.scenarios) {
    lines.push(`  Scenario: ${scenario.name}`)
    for (const step of scenario.steps) lines.push(`    ${step.keyword} ${stepText(corpus, step)}`)
    lines.push('')
  }
  return lines.join('\n')
}

/** `a red basket 3 holds {int} items named {string}` */
export function cucumberPattern(d: DefinitionModel): string {
  return `${d.prefix} {int} ${d.suffix}${d.named ? ' named {string}' : ''}`
}

/** `a red basket 3 holds {count:d} items named "{name}"` */
export function parsePattern(d: DefinitionModel): string {
  return `${d.prefix} {count:d} ${d.suffix}${d.named ? ' named "{name}"' : ''}`
}

export const ioCucumberPattern = `${IO_PATTERN.prefix} {int} ${IO_PATTERN.suffix}`
export const ioParsePattern = `${IO_PATTERN.prefix} {ms:d} ${IO_PATTERN.suffix}`
