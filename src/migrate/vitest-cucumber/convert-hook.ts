// vitest-cucumber's per-feature hooks as brine hooks: brine's hooks apply to every feature, so
// each one first checks that it runs for the feature it was written in.
import ts from 'typescript'
import { TextEdits } from '../cucumber-js/text-edits.js'
import type { SpecHook, SpecModel } from './spec-model.js'
import { dedent, indentOf, rewriteWorldRefs, type WorldRefs } from './world-refs.js'

export interface ConvertedHook {
  text: string
  todos: string[]
  /** World properties the hook assigns: those start fresh in every scenario anyway. */
  assigned: Set<string>
  /** World properties the hook uses. */
  properties: Set<string>
}

const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`

export function convertHook(hook: SpecHook, model: SpecModel, checker: ts.TypeChecker, uri: string): ConvertedHook {
  const { sourceFile } = model
  const todos: string[] = []
  const assigned = new Set<string>()
  const fn = hook.fn
  const perScenario = hook.kind === 'Before' || hook.kind === 'After'
  const arg = perScenario ? 'world' : 'feature'
  const guard = `if (${arg}${perScenario ? '.scenario' : ''}.uri !== ${quote(uri)}) return`
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) {
    const text = `${hook.kind}((${arg}) => {\n  ${guard}\n  return ${fn.getText(sourceFile)}()\n})`
    return { text, todos, assigned, properties: new Set() }
  }
  const edits = new TextEdits()
  const refs: WorldRefs = { edits, properties: new Set(), usesWorld: false }
  if (perScenario) {
    rewriteWorldRefs(fn.body, model, checker, refs)
    collectAssigned(fn.body, model, checker, assigned)
  } else {
    const probe: WorldRefs = { edits: new TextEdits(), properties: new Set(), usesWorld: false }
    rewriteWorldRefs(fn.body, model, checker, probe)
    if (probe.usesWorld) {
      todos.push(`${hook.kind} hook uses variables the steps share; brine's feature hooks have no World`)
    }
  }
  const body = edits.applyRange(sourceFile.text, fn.body.getStart(sourceFile), fn.body.getEnd())
  const lines = ts.isBlock(fn.body)
    ? dedent(body.slice(1, -1), indentOf(fn.body.statements[0] ?? fn.body, sourceFile)).split('\n')
    : [body]
  if (!lines[0]?.trim()) lines.shift()
  if (!lines.at(-1)?.trim()) lines.pop()
  const isAsync = fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : ''
  const indented = [guard, ...lines].map((l) => (l.trim() ? `  ${l}` : ''))
  const text = `${hook.kind}(${isAsync}(${arg}) => {\n${indented.join('\n')}\n})`
  return { text, todos, assigned, properties: refs.properties }
}

/** Names of shared variables `node` assigns. */
export function collectAssigned(node: ts.Node, model: SpecModel, checker: ts.TypeChecker, assigned: Set<string>): void {
  if (
    ts.isBinaryExpression(node) &&
    node.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
    ts.isIdentifier(node.left)
  ) {
    const symbol = checker.getSymbolAtLocation(node.left)
    const variable = symbol && model.worldVars.get(symbol)
    if (variable) assigned.add(variable.name)
  }
  node.forEachChild((child) => collectAssigned(child, model, checker, assigned))
}
