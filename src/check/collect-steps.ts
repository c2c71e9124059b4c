// Reads the features a project runs and lists every step of every pickle, in file order:
// Background steps repeated in each scenario, and one entry per Examples row of an outline. A
// feature that does not parse is listed with the parser's message, and the others still count.
// Scenarios the configured tag expression leaves out are not listed: the run would not bind them.
import { readFile } from 'node:fs/promises'
import parseTagExpression from '@cucumber/tag-expressions'
import { relative } from 'node:path'
import { buildFeatureData } from '../compile/build-feature-data.js'
import { FeatureParseError } from '../compile/feature-file.js'
import { parseFeature } from '../compile/parse-feature.js'
import type { Dialect, ScenarioData, StepData } from '../types/feature-data.js'

export interface FeatureStep {
  uri: string
  line: number
  /** Line of the Scenario or Scenario Outline the pickle comes from. */
  scenarioLine: number
  /** Line of the pickle itself: the scenario, or the Examples row. */
  pickleLine: number
  /** The pickle's name and tags, for scoped definitions. */
  scenario: string
  tags: string[]
  step: StepData
}

/** A feature file the Gherkin parser rejects: where, and the parser's message. */
export interface UnparsedFeature {
  uri: string
  line: number
  column: number
  message: string
}

export interface CollectedSteps {
  steps: FeatureStep[]
  unparsed: UnparsedFeature[]
}

export async function collectSteps(
  root: string,
  files: readonly string[],
  language: string,
  dialect: Dialect = 'gherkin',
  tags?: string,
): Promise<CollectedSteps> {
  // Only the scenarios a run selects (brine({ tags }) or BRINE_TAGS), as the run would.
  const selected = tags?.trim() ? parseTagExpression(tags) : undefined
  const sources = await Promise.all(files.map((file) => readFile(file, 'utf8')))
  const steps: FeatureStep[] = []
  const unparsed: UnparsedFeature[] = []
  files.forEach((file, i) => {
    const uri = relative(root, file).split('\\').join('/')
    let parsed
    try {
      parsed = parseFeature(sources[i]!, uri, language, undefined, dialect)
    } catch (error) {
      if (!(error instanceof FeatureParseError)) throw error
      unparsed.push({ uri, line: error.line, column: error.column, message: error.problems.join('\n') })
      return
    }
    const feature = buildFeatureData(parsed, dialect)
    if (!feature) return
    const pickles: ScenarioData[] = [...feature.scenarios, ...feature.rules.flatMap((rule) => rule.scenarios)]
    // Rules come after the Feature's own scenarios in FeatureData; reports follow the file.
    pickles.sort((a, b) => a.line - b.line)
    for (const pickle of pickles) {
      if (selected && !selected.evaluate(pickle.tags)) continue
      for (const step of pickle.steps) {
        steps.push({
          uri,
          line: step.line,
          scenarioLine: pickle.scenarioLine,
          pickleLine: pickle.line,
          scenario: pickle.name,
          tags: pickle.tags,
          step,
        })
      }
    }
  })
  return { steps, unparsed }
}
