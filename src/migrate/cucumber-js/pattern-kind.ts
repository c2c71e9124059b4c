// Whether a step definition's pattern is a RegExp or a Cucumber Expression: from the syntax where
// it says (a literal, `new RegExp(…)`, a template, a const of the file), else from the type the
// TypeScript checker gives it, for patterns built by code elsewhere.
import ts from 'typescript'

export type PatternKind = 'regexp' | 'cucumber-expression'

/** The kind the syntax tells, or undefined when only the checker can. */
export function syntacticKind(node: ts.Expression): PatternKind | undefined {
  let at = node
  while (ts.isParenthesizedExpression(at) || ts.isAsExpression(at)) at = at.expression
  if (ts.isRegularExpressionLiteral(at)) return 'regexp'
  if (ts.isStringLiteralLike(at) || ts.isTemplateExpression(at)) return 'cucumber-expression'
  if (
    (ts.isNewExpression(at) || ts.isCallExpression(at)) &&
    ts.isIdentifier(at.expression) &&
    at.expression.text === 'RegExp'
  ) {
    return 'regexp'
  }
  if (ts.isBinaryExpression(at) && at.operatorToken.kind === ts.SyntaxKind.PlusToken) return 'cucumber-expression'
  if (ts.isIdentifier(at)) {
    const declaration = constDeclaration(at)
    if (declaration?.initializer) return syntacticKind(declaration.initializer)
  }
  return undefined
}

function constDeclaration(name: ts.Identifier): ts.VariableDeclaration | undefined {
  for (const statement of name.getSourceFile().statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue
    const found = statement.declarationList.declarations.find(
      (d) => ts.isIdentifier(d.name) && d.name.text === name.text,
    )
    if (found) return found
  }
  return undefined
}

/** Answers the kinds the syntax cannot tell with a type checker over the support files. */
export class PatternChecker {
  private program: ts.Program | undefined

  constructor(private readonly files: readonly string[]) {}

  kindOf(fileName: string, start: number): PatternKind | undefined {
    this.program ??= ts.createProgram([...this.files], {
      allowJs: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
    })
    const sourceFile = this.program.getSourceFile(fileName)
    if (!sourceFile) return undefined
    const node = findExpressionAt(sourceFile, start)
    if (!node) return undefined
    const checker = this.program.getTypeChecker()
    const type = checker.getTypeAtLocation(node)
    if (type.isStringLiteral() || (type.flags & ts.TypeFlags.StringLike) !== 0) return 'cucumber-expression'
    const name = (type.getSymbol() ?? type.aliasSymbol)?.getName()
    return name === 'RegExp' ? 'regexp' : undefined
  }
}

function findExpressionAt(sourceFile: ts.SourceFile, start: number): ts.Expression | undefined {
  let found: ts.Expression | undefined
  const visit = (node: ts.Node): void => {
    if (node.getStart(sourceFile) === start && ts.isExpression(node)) found ??= node
    if (node.getStart(sourceFile) <= start && start < node.getEnd()) node.forEachChild(visit)
  }
  visit(sourceFile)
  return found
}
