// Shared variables that BeforeAllScenarios/AfterAllScenarios use cannot live on the World (brine's
// feature hooks have none): they stay module variables of the step file, declared as written.
import ts from 'typescript'
import type { SpecModel } from './spec-model.js'

/** Moves such variables from `worldVars` to `moduleVars`; returns their names. */
export function keepModuleLevel(model: SpecModel, checker: ts.TypeChecker): string[] {
  const names: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const symbol = checker.getSymbolAtLocation(node)
      const variable = symbol && model.worldVars.get(symbol)
      if (symbol && variable && variable.level !== 'scenario') {
        model.worldVars.delete(symbol)
        const declaration = variable.declaration
        const statement = ts.isFunctionDeclaration(declaration) ? declaration : declaration.parent.parent
        if (
          (ts.isVariableStatement(statement) || ts.isFunctionDeclaration(statement)) &&
          !model.moduleVars.includes(statement)
        ) {
          model.moduleVars.push(statement)
        }
        names.push(variable.name)
      }
    }
    node.forEachChild(visit)
  }
  for (const feature of model.features) {
    for (const hook of feature.hooks) if (hook.kind === 'BeforeFeature' || hook.kind === 'AfterFeature') visit(hook.fn)
  }
  return names
}
