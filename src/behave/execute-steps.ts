// context.executeSteps: runs steps given as Gherkin text through brine's own lookup, with behave's
// step hooks, and fails as behave does when one of them does not pass. The step's table and text
// are restored afterwards, for the step that called it.
import { DataTable } from '../runtime/data-table.js'
import { DocString } from '../runtime/doc-string.js'
import { PendingError } from '../runtime/errors.js'
import { findStep, stepQuery } from '../runtime/find-step.js'
import { supportRegistry } from '../runtime/support-registry.js'
import type { Context } from './context.js'
import { SubStepError } from './errors.js'
import { stepHooks, stepModel } from './environment.js'
import { featureStepKeywords } from './model.js'
import { parseStepsText } from './steps-text.js'

const BEHAVE_TYPE = { Context: 'given', Action: 'when', Outcome: 'then', Unknown: 'given' } as const

export async function executeSteps(context: Context, text: string): Promise<true> {
  if (typeof text !== 'string') throw new TypeError('executeSteps needs the steps as a string')
  if (!context.feature) throw new Error('ValueError: execute_steps() called outside of feature')
  // behave reads them with the feature's own parser, so in the feature's language.
  const steps = parseStepsText(text, featureStepKeywords(context.feature))
  const originalTable = context.table
  const originalText = context.text
  const registry = supportRegistry()
  const hooks = stepHooks()
  try {
    for (const step of steps) {
      const stepLine = `${step.keyword} ${step.text}`
      const match = findStep(registry, stepQuery(step), context)
      if (match.status === 'undefined') throw new SubStepError('undefined', stepLine)
      if (match.status === 'ambiguous') {
        const where = match.definitions.map((d) => `${d.patternSource} (${d.location})`).join(', ')
        throw new SubStepError('ambiguous', stepLine, `matches ${where}`)
      }
      const args = await Promise.all(match.args)
      if (step.dataTable) args.push(new DataTable(step.dataTable))
      else if (step.docString) args.push(new DocString(step.docString.content, undefined, step.docString.delimiter))
      const model = () => stepModel(context, step.keyword, step.text, step.line, BEHAVE_TYPE[step.type])
      for (const hook of hooks.before) await hook(context, model())
      try {
        await match.definition.fn.call(context, context, ...args)
      } catch (error) {
        if (error instanceof PendingError) throw error
        for (const hook of hooks.after)
          await hook(context, { ...model(), status: 'failed', error_message: String(error) })
        throw new SubStepError('failed', stepLine, error)
      }
      for (const hook of hooks.after) await hook(context, { ...model(), status: 'passed' })
    }
  } finally {
    context.table = originalTable
    context.text = originalText
  }
  return true
}
