// Variables and helpers of describeFeature, Rule and scenario callbacks move to the step file's
// top level, where a name can already be taken (an import, a top-level helper, another Rule's
// variable): the later one is renamed (`result2`), and every reference to it follows. Scenarios
// that declare a variable exactly alike share one declaration (each scenario still starts afresh).
import ts from 'typescript'
import { TextEdits } from '../cucumber-js/text-edits.js'
import type { SpecModel } from './spec-model.js'
import { renameRefs } from './rename-refs.js'

export function renameClashes(model: SpecModel, checker: ts.TypeChecker): void {
  const taken = new Set<string>()
  for (const statement of model.imports) {
    const clause = statement.importClause
    if (clause?.name) taken.add(clause.name.text)
    const bindings = clause?.namedBindings
    if (bindings && ts.isNamespaceImport(bindings)) taken.add(bindings.name.text)
    if (bindings && ts.isNamedImports(bindings)) for (const element of bindings.elements) taken.add(element.name.text)
  }
  for (const statement of model.kept) for (const name of declaredNames(statement)) taken.add(name.text)
  const rename = (name: ts.Identifier, next: string) => {
    const symbol = checker.getSymbolAtLocation(name)
    if (next !== name.text && symbol) model.renames.set(symbol, next)
  }
  const claim = (name: ts.Identifier) => {
    let next = name.text
    for (let n = 2; taken.has(next); n++) next = `${name.text}${n}`
    taken.add(next)
    rename(name, next)
    return next
  }
  for (const context of model.contexts) if (context.level !== 'scenario') claim(context.name)
  for (const statement of model.moduleVars) for (const name of declaredNames(statement)) claim(name)
  // A scenario's `context` is a fresh object each time, like its variables.
  const contexts = new Map<string, string>()
  for (const context of model.contexts) {
    if (context.level !== 'scenario') continue
    const shared = contexts.get(context.name.text)
    if (shared !== undefined) rename(context.name, shared)
    else contexts.set(context.name.text, claim(context.name))
  }
  // `let mock: Mock` in five scenarios is one module variable; read with earlier renames applied.
  const alike = new Map<string, string>()
  for (const statement of model.scenarioVars) {
    const [name, ...more] = declaredNames(statement)
    const edits = new TextEdits()
    renameRefs(statement.declarationList, model, checker, { edits })
    const start = statement.declarationList.getStart(model.sourceFile)
    const text = edits.applyRange(model.sourceFile.text, start, statement.getEnd()).replace(/\s+/g, ' ')
    const shared = name && more.length === 0 ? alike.get(text.replace(/^const /, 'let ')) : undefined
    if (shared !== undefined) {
      rename(name!, shared)
      model.unified.add(statement)
      continue
    }
    for (const declared of declaredNames(statement)) {
      const next = claim(declared)
      if (more.length === 0) alike.set(text.replace(/^const /, 'let '), next)
    }
  }
}

function declaredNames(statement: ts.Statement): ts.Identifier[] {
  if (ts.isVariableStatement(statement)) {
    const names: ts.Identifier[] = []
    const visit = (name: ts.BindingName): void => {
      if (ts.isIdentifier(name)) names.push(name)
      else for (const element of name.elements) if (!ts.isOmittedExpression(element)) visit(element.name)
    }
    for (const declaration of statement.declarationList.declarations) visit(declaration.name)
    return names
  }
  const named = statement as { name?: ts.Node }
  return named.name && ts.isIdentifier(named.name) ? [named.name] : []
}
