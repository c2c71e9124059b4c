// The spec-file forms the reader recognises: `loadFeature('…')` (awaited or not, in a variable or
// inline), the describeFeature call, and calls to vitest-cucumber outside of it.
import { existsSync, readdirSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
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

/**
 * vitest-cucumber reads a path ending in `./name.feature` next to the spec, and any other from the
 * working directory of the run: the folder of the Vitest config that runs the spec (the nearest
 * one above it), else the project. The first of those where the file exists is taken.
 */
export function resolveFeature(file: string, spec: string, root: string): string {
  if (/\.\/[\w-]+(\.[\w-]+)*$/.test(file)) return resolve(dirname(spec), file)
  const candidates = [resolve(configRoot(spec, root), file), resolve(root, file), resolve(dirname(spec), file)]
  return candidates.find((candidate) => existsSync(candidate)) ?? candidates[0]!
}

const CONFIG = /^vite(st)?(\.[\w-]+)*\.config(\.[\w-]+)*\.[cm]?[jt]s$/

/** The nearest folder above the spec (up to the project root) with a Vite or Vitest config. */
function configRoot(spec: string, root: string): string {
  for (let dir = dirname(spec); ; dir = dirname(dir)) {
    if (readdirSync(dir).some((name) => CONFIG.test(name))) return dir
    if (!relative(root, dir) || relative(root, dir).startsWith('..') || dirname(dir) === dir) return root
  }
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
