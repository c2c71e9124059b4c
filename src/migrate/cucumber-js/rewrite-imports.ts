// `--rewrite-imports`: the support files import brine/cucumber instead of @cucumber/cucumber, in
// place and nothing else changed, for a project that no longer runs cucumber-js (the alias in
// vitest.config then has nothing left to do).
import ts from 'typescript'
import { BRINE_CUCUMBER, CUCUMBER } from './cucumber-api.js'
import { TextEdits } from './text-edits.js'

/** The file's text with every import, export, require() and import() of @cucumber/cucumber re-pointed. */
export function rewriteImports(sourceFile: ts.SourceFile): string {
  const edits = new TextEdits()
  const visit = (node: ts.Node): void => {
    let spec: ts.Node | undefined
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      spec = node.moduleSpecifier
    else if (ts.isCallExpression(node) && node.arguments.length === 1) {
      const callee = node.expression
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        spec = node.arguments[0]
      }
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) spec = node.argument.literal
    if (spec && ts.isStringLiteralLike(spec) && spec.text === CUCUMBER) {
      // Inside the quotes, so the file's own quote style stays.
      edits.replace(spec.getStart(sourceFile) + 1, spec.getEnd() - 1, BRINE_CUCUMBER)
    }
    node.forEachChild(visit)
  }
  visit(sourceFile)
  return edits.apply(sourceFile.text)
}
