// Finds what a function body takes from its own `this` binding: the `this` keywords and
// `arguments` references that belong to it, not to nested functions that bind their own.
import ts from 'typescript'

export interface ThisUsage {
  thisKeywords: ts.Node[]
  usesArguments: boolean
  /** Identifiers named like the world parameter we would add, which it would shadow. */
  names: Set<string>
}

const bindsThis = (node: ts.Node): boolean =>
  ts.isFunctionExpression(node) ||
  ts.isFunctionDeclaration(node) ||
  ts.isMethodDeclaration(node) ||
  ts.isGetAccessorDeclaration(node) ||
  ts.isSetAccessorDeclaration(node) ||
  ts.isConstructorDeclaration(node) ||
  ts.isClassDeclaration(node) ||
  ts.isClassExpression(node)

export function thisUsage(body: ts.Node): ThisUsage {
  const usage: ThisUsage = { thisKeywords: [], usesArguments: false, names: new Set() }
  const visit = (node: ts.Node, own: boolean) => {
    if (ts.isIdentifier(node)) {
      usage.names.add(node.text)
      if (own && node.text === 'arguments') usage.usesArguments = true
    }
    if (own && node.kind === ts.SyntaxKind.ThisKeyword) usage.thisKeywords.push(node)
    node.forEachChild((child) => visit(child, own && !bindsThis(child)))
  }
  visit(body, true)
  return usage
}
