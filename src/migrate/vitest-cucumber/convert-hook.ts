// vitest-cucumber's per-feature hooks as brine hooks: brine's hooks apply to every feature, so
// each one first checks that it runs for the feature it was written in.
import ts from 'typescript'
import { TextEdits } from '../cucumber-js/text-edits.js'
import { quote } from './quote.js'
import type { SpecHook, SpecModel } from './spec-model.js'
import { dedent, indentOf, renameRefs, type RenameEdits } from './rename-refs.js'

export interface ConvertedHook {
  text: string
  todos: string[]
}

export function convertHook(hook: SpecHook, model: SpecModel, checker: ts.TypeChecker, uri: string): ConvertedHook {
  const { sourceFile } = model
  const todos: string[] = []
  const fn = hook.fn
  const perScenario = hook.kind === 'Before' || hook.kind === 'After'
  const arg = perScenario ? 'world' : 'feature'
  const guard = `if (${arg}${perScenario ? '.scenario' : ''}.uri !== ${quote(uri)}) return`
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) {
    const text = `${hook.kind}((${arg}) => {\n  ${guard}\n  return ${fn.getText(sourceFile)}()\n})`
    return { text, todos }
  }
  const edits = new TextEdits()
  const refs: RenameEdits = { edits }
  renameRefs(fn.body, model, checker, refs)
  const body = edits.applyRange(sourceFile.text, fn.body.getStart(sourceFile), fn.body.getEnd())
  const lines = ts.isBlock(fn.body)
    ? dedent(body.slice(1, -1), indentOf(fn.body.statements[0] ?? fn.body, sourceFile)).split('\n')
    : [body]
  if (!lines[0]?.trim()) lines.shift()
  if (!lines.at(-1)?.trim()) lines.pop()
  const isAsync = fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : ''
  const indented = [guard, ...lines].map((l) => (l.trim() ? `  ${l}` : ''))
  const text = `${hook.kind}(${isAsync}(${arg}) => {\n${indented.join('\n')}\n})`
  return { text, todos }
}
