// A scenario callback's variables (and its `context` object) at module level: declared once (with
// `let`, since they are set again), and set afresh by a Before hook when each scenario of the
// spec's features starts, as vitest-cucumber gave every scenario (and Examples row) its own.
import ts from 'typescript'
import { TextEdits } from '../cucumber-js/text-edits.js'
import { quote } from './quote.js'
import type { SpecModel } from './spec-model.js'
import { dedent, indentOf, renameRefs } from './rename-refs.js'

export interface ScenarioVarsText {
  declarations: string[]
  /** The Before hook, when there are any. */
  hook?: string
}

export function scenarioVarsText(
  model: SpecModel,
  checker: ts.TypeChecker,
  uris: readonly string[],
  typed: boolean,
): ScenarioVarsText {
  const declarations: string[] = []
  const resets: string[] = []
  const rewrite = (node: ts.Node) => {
    const edits = new TextEdits()
    renameRefs(node, model, checker, { edits })
    const text = edits.applyRange(model.sourceFile.text, node.getStart(model.sourceFile), node.getEnd())
    return dedent(text, indentOf(node, model.sourceFile))
  }
  for (const statement of model.scenarioVars) {
    if (model.unified.has(statement)) continue
    const list = statement.declarationList
    const keyword = list.getFirstToken(model.sourceFile)!
    const text = rewrite(statement)
    const offset = keyword.getStart(model.sourceFile) - statement.getStart(model.sourceFile)
    declarations.push(`${text.slice(0, offset)}let${text.slice(offset + keyword.getWidth(model.sourceFile))}`)
    for (const declaration of list.declarations) {
      const name = rewrite(declaration.name)
      // A type that takes undefined needs no `!` to be set back to it.
      const type = declaration.type?.getText(model.sourceFile)
      const takesUndefined = !type || /\bundefined\b|^(unknown|any)$/.test(type)
      const value = declaration.initializer
        ? rewrite(declaration.initializer)
        : typed && !takesUndefined
          ? 'undefined!'
          : 'undefined'
      resets.push(`${name} = ${value}`)
    }
  }
  const contexts = new Set(model.contexts.filter((c) => c.level === 'scenario').map((c) => rewrite(c.name)))
  for (const name of contexts) {
    declarations.push(`let ${name}${typed ? ': any' : ''} = {}`)
    resets.push(`${name} = {}`)
  }
  if (!resets.length) return { declarations }
  const guard =
    uris.length === 1
      ? `if (world.scenario.uri !== ${quote(uris[0]!)}) return`
      : `if (![${uris.map(quote).join(', ')}].includes(world.scenario.uri)) return`
  const body = [guard, ...resets].map((line) => `  ${line.replace(/\n/g, '\n  ')}`).join('\n')
  return {
    declarations,
    hook: `// Each scenario starts with variables of its own, as in vitest-cucumber.\nBefore((world) => {\n${body}\n})`,
  }
}
