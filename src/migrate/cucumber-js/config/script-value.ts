// The value of an expression in a JavaScript config file, read from its syntax tree without running
// it: plain data (literals, arrays, objects, consts of the file that hold them), else the source
// text of an expression that only uses globals (`process.env.HOST ?? 'localhost'`) and may be
// copied into another file as it is; anything else cannot be read.
import ts from 'typescript'

export type ScriptValue = { value: unknown } | { expression: string }

/** Globals an expression may use and still mean the same in vitest.config. */
const GLOBALS = new Set(['process', 'JSON', 'Math', 'Number', 'String', 'Boolean', 'Object', 'Array', 'undefined'])

export class ScriptScope {
  private readonly consts = new Map<string, ts.Expression>()

  constructor(readonly sourceFile: ts.SourceFile) {
    for (const statement of sourceFile.statements) {
      if (!ts.isVariableStatement(statement)) continue
      if (!(statement.declarationList.flags & ts.NodeFlags.Const)) continue
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          this.consts.set(declaration.name.text, declaration.initializer)
        }
      }
    }
  }

  /** The expression a top-level const of the file was initialised with, parentheses and `as` removed. */
  resolve(node: ts.Expression): ts.Expression {
    let at = strip(node)
    for (let depth = 0; ts.isIdentifier(at) && this.consts.has(at.text) && depth < 20; depth++) {
      at = strip(this.consts.get(at.text)!)
    }
    return at
  }

  /** The value of `node`, or undefined when it cannot be known without running the file. */
  read(node: ts.Expression): ScriptValue | undefined {
    const data = this.data(node)
    if (data !== NOT_DATA) return { value: data }
    return this.selfContained(node) ? { expression: node.getText(this.sourceFile) } : undefined
  }

  private data(node: ts.Expression): unknown {
    const at = this.resolve(node)
    if (ts.isStringLiteralLike(at)) return at.text
    if (ts.isTemplateExpression(at)) {
      let text = at.head.text
      for (const span of at.templateSpans) {
        const value = this.data(span.expression)
        if (typeof value !== 'string' && typeof value !== 'number') return NOT_DATA
        text += String(value) + span.literal.text
      }
      return text
    }
    if (ts.isBinaryExpression(at) && at.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const [left, right] = [this.data(at.left), this.data(at.right)]
      return typeof left === 'string' && (typeof right === 'string' || typeof right === 'number')
        ? left + String(right)
        : NOT_DATA
    }
    if (ts.isNumericLiteral(at)) return Number(at.text)
    if (ts.isPrefixUnaryExpression(at) && at.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(at.operand)) {
      return -Number(at.operand.text)
    }
    if (at.kind === ts.SyntaxKind.TrueKeyword) return true
    if (at.kind === ts.SyntaxKind.FalseKeyword) return false
    if (at.kind === ts.SyntaxKind.NullKeyword) return null
    if (ts.isArrayLiteralExpression(at)) {
      const items: unknown[] = []
      for (const element of at.elements) {
        if (ts.isSpreadElement(element)) {
          const spread = this.data(element.expression)
          if (!Array.isArray(spread)) return NOT_DATA
          items.push(...(spread as unknown[]))
        } else {
          const item = this.data(element)
          if (item === NOT_DATA) return NOT_DATA
          items.push(item)
        }
      }
      return items
    }
    if (ts.isObjectLiteralExpression(at)) {
      const object: Record<string, unknown> = {}
      for (const property of at.properties) {
        if (ts.isSpreadAssignment(property)) {
          const spread = this.data(property.expression)
          if (!spread || typeof spread !== 'object' || Array.isArray(spread)) return NOT_DATA
          Object.assign(object, spread)
          continue
        }
        const key = propertyName(property)
        const value = ts.isPropertyAssignment(property)
          ? this.data(property.initializer)
          : ts.isShorthandPropertyAssignment(property)
            ? this.data(property.name)
            : NOT_DATA
        if (key === undefined || value === NOT_DATA) return NOT_DATA
        object[key] = value
      }
      return object
    }
    return NOT_DATA
  }

  /** Whether every identifier `node` reads is a global that means the same anywhere. */
  private selfContained(node: ts.Node): boolean {
    let ok = true
    const visit = (n: ts.Node): void => {
      if (!ok) return
      if (ts.isFunctionLike(n) || ts.isClassLike(n)) ok = false
      else if (ts.isIdentifier(n)) {
        const parent = n.parent
        const isName =
          (ts.isPropertyAccessExpression(parent) && parent.name === n) ||
          (ts.isPropertyAssignment(parent) && parent.name === n)
        if (!isName && !GLOBALS.has(n.text)) ok = false
      }
      n.forEachChild(visit)
    }
    visit(node)
    return ok
  }
}

const NOT_DATA = Symbol('not data')

function strip(node: ts.Expression): ts.Expression {
  let at = node
  while (ts.isParenthesizedExpression(at) || ts.isAsExpression(at) || ts.isSatisfiesExpression(at)) at = at.expression
  return at
}

/** A property's name when it is written as a name or a string (not computed). */
export function propertyName(property: ts.ObjectLiteralElementLike): string | undefined {
  const name = property.name
  if (!name) return undefined
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text
  return undefined
}
