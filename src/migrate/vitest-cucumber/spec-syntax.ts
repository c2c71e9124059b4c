// The spec-file forms the reader recognises: `loadFeature('…')` (awaited or not, in a variable or
// inline), the describeFeature call, and calls to vitest-cucumber outside of it.
import { dirname, resolve } from 'node:path'
import ts from 'typescript'

export interface LoadedFeature {
  file: string
  /** loadFeature's `{ language }` option, for features without a `# language:` header. */
  language?: string
}

/** `const feature = await loadFeature('…')`. */
export function loadedFeature(statement: ts.VariableStatement): ({ name: ts.Identifier } & LoadedFeature) | undefined {
  const declaration = statement.declarationList.declarations[0]
  const load = declaration?.initializer && loadFeatureFile(declaration.initializer)
  return load && ts.isIdentifier(declaration!.name) ? { name: declaration!.name, ...load } : undefined
}

/** The path (and language) in `loadFeature('…', { language })`, awaited or not. */
export function loadFeatureFile(node: ts.Expression): LoadedFeature | undefined {
  const call = ts.isAwaitExpression(node) ? node.expression : node
  if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression) || call.expression.text !== 'loadFeature') {
    return undefined
  }
  const [file, options] = call.arguments
  if (!file || !ts.isStringLiteralLike(file)) return undefined
  const language =
    options && ts.isObjectLiteralExpression(options)
      ? options.properties.find(
          (p): p is ts.PropertyAssignment =>
            ts.isPropertyAssignment(p) && p.name.getText() === 'language' && ts.isStringLiteralLike(p.initializer),
        )
      : undefined
  return { file: file.text, ...(language ? { language: (language.initializer as ts.StringLiteral).text } : {}) }
}

export function describeCall(statement: ts.Statement): ts.CallExpression | undefined {
  if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) return undefined
  const callee = statement.expression.expression
  return ts.isIdentifier(callee) && callee.text === 'describeFeature' ? statement.expression : undefined
}

/** vitest-cucumber reads `./name.feature` next to the spec, any other path from the Vitest root. */
export function resolveFeature(file: string, spec: string, root: string): string {
  return /^\.\/[\w-]+(\.[\w-]+)*$/.test(file) ? resolve(dirname(spec), file) : resolve(root, file)
}

/** Whether a top-level statement calls something imported from vitest-cucumber. */
export function callsApi(statement: ts.Statement, names: Set<string>): boolean {
  let found = false
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && names.has(node.expression.text)) found = true
    if (!found) node.forEachChild(visit)
  }
  visit(statement)
  return found
}
