// What the names in a step body refer to, beyond its text: two specs may write the same body over
// different imports, or over variables of their own file, and then it is not the same definition.
import { dirname, resolve } from 'node:path'
import ts from 'typescript'
import type { SpecModel } from './spec-model.js'

export interface BodyFingerprint {
  /** `name=module#export` for each imported name the body uses. */
  imports: string[]
  /** The body uses a name its spec file declares (a module variable, a helper, a scenario variable). */
  specBound: boolean
}

export function bodyFingerprint(fn: ts.Node, model: SpecModel, checker: ts.TypeChecker): BodyFingerprint {
  const imports = new Set<string>()
  let specBound = false
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      const symbol = checker.getSymbolAtLocation(node)
      const declaration = symbol?.declarations?.[0]
      if (declaration && declaration.getSourceFile() === model.sourceFile && !within(declaration, fn)) {
        const imported = importOf(declaration, model.path)
        if (imported) imports.add(`${node.text}=${imported}`)
        else if (!isPropertyName(node)) specBound = true
      }
    }
    node.forEachChild(visit)
  }
  visit(fn)
  return { imports: [...imports].sort(), specBound }
}

function within(node: ts.Node, container: ts.Node): boolean {
  return node.pos >= container.pos && node.end <= container.end
}

function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent
  return (
    (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
    (ts.isPropertyAssignment(parent) && parent.name === node) ||
    (ts.isQualifiedName(parent) && parent.right === node)
  )
}

/** `module#export` for an import binding; relative modules resolved from the spec's folder. */
function importOf(declaration: ts.Declaration, specPath: string): string | undefined {
  let node: ts.Node = declaration
  while (node && !ts.isImportDeclaration(node)) {
    if (ts.isSourceFile(node) || ts.isStatement(node)) return undefined
    node = node.parent
  }
  if (!node) return undefined
  const specifier = (node.moduleSpecifier as ts.StringLiteral).text
  const module = specifier.startsWith('.') ? resolve(dirname(specPath), specifier) : specifier
  const name = ts.isImportSpecifier(declaration)
    ? (declaration.propertyName ?? declaration.name).text
    : ts.isNamespaceImport(declaration)
      ? '*'
      : 'default'
  return `${module}#${name}`
}
