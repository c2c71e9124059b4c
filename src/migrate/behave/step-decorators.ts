// Reads the decorators of one Python def: behave step decorators (in the order behave registers
// them — the one nearest the def first), parse.with_pattern, @fixture, and anything else.
import { behaveNamesOf } from './decorator-kinds.js'
import { field, kids, lineOf, type PyNode } from './python-parser.js'
import { stringValue } from './python-string.js'
import type { ModuleScope } from './translate/scope.js'

type StepKeyword = 'given' | 'when' | 'then' | 'step'

export interface StepDecorator {
  keyword: StepKeyword
  pattern: string
  line: number
}

export interface DecoratorInfo {
  steps: StepDecorator[]
  /** The pattern of `@parse.with_pattern(...)`, Python regex syntax. */
  withPattern?: string
  fixture: boolean
  /** Other decorators (expressions), applied as Python applies them. */
  others: PyNode[]
  /** Decorators that are not translated, and why. */
  problems: { line: number; message: string }[]
}

export function readDecorators(node: PyNode, scope: ModuleScope, stepModule: boolean): DecoratorInfo {
  const info: DecoratorInfo = { steps: [], fixture: false, others: [], problems: [] }
  const decorators = kids(node).filter((c) => c.type === 'decorator')
  for (const decorator of decorators) {
    const expression = kids(decorator)[0]!
    const callee = expression.type === 'call' ? field(expression, 'function')! : expression
    const name = behaveNamesOf(callee, scope, stepModule)
    const args = expression.type === 'call' ? kids(field(expression, 'arguments')!) : []
    if (name?.step) {
      const arg = args[0]?.type === 'keyword_argument' ? field(args[0], 'value')! : args[0]
      // A module constant assigned once (PATTERN = u'...') is as static as a literal.
      const pattern = arg && (arg.type === 'identifier' ? scope.constants.get(arg.text) : stringValue(arg))
      if (pattern === undefined)
        info.problems.push({ line: lineOf(decorator), message: 'step pattern is not a string literal' })
      else info.steps.push({ keyword: name.step, pattern, line: lineOf(decorator) })
    } else if (name?.qualified === 'parse.with_pattern') {
      const pattern = args[0] && stringValue(args[0])
      if (pattern === undefined)
        info.problems.push({ line: lineOf(decorator), message: 'with_pattern() argument is not a string literal' })
      else info.withPattern = pattern
    } else if (name?.qualified === 'behave.fixture') {
      info.fixture = true
      if (args.length)
        info.problems.push({ line: lineOf(decorator), message: '@fixture(...) options are not translated' })
    } else {
      info.others.push(expression)
    }
  }
  // Decorators apply bottom-up: the one nearest the def registers first.
  info.steps.reverse()
  if (info.steps.length && info.others.length)
    info.problems.push({
      line: lineOf(info.others[0]!),
      message: `decorator @${info.others[0]!.text} on a step function is not translated`,
    })
  return info
}
