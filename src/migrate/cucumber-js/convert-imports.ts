// Rewrites imports (and top-level requires) of @cucumber/cucumber to brine, and records which
// local names stand for which cucumber export so calls can be recognised whatever their alias.
import ts from 'typescript'
import { renamed, roleOf } from './cucumber-api.js'
import { lineOf } from './parse-source.js'
import type { TextEdits } from './text-edits.js'

export const CUCUMBER = '@cucumber/cucumber'

export interface CucumberBindings {
  /** Local name → cucumber export name. */
  names: Map<string, string>
  /** Local names of `import * as x` / default imports: `x.Given(…)`. */
  namespaces: Set<string>
  /** Each starting with `line N:`. */
  todos: string[]
}

interface Specifier {
  exported: string
  local: string
  typeOnly: boolean
}

export function convertImports(sourceFile: ts.SourceFile, edits: TextEdits): CucumberBindings {
  const bindings: CucumberBindings = { names: new Map(), namespaces: new Set(), todos: [] }
  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement) && isCucumber(statement.moduleSpecifier)) {
      const clause = statement.importClause
      const specifiers: Specifier[] = []
      if (clause?.name) bindings.namespaces.add(clause.name.text)
      const named = clause?.namedBindings
      if (named && ts.isNamespaceImport(named)) bindings.namespaces.add(named.name.text)
      if (named && ts.isNamedImports(named)) {
        for (const s of named.elements) {
          specifiers.push({
            exported: (s.propertyName ?? s.name).text,
            local: s.name.text,
            typeOnly: s.isTypeOnly || (clause?.isTypeOnly ?? false),
          })
        }
      }
      const namespace = clause?.name?.text ?? (named && ts.isNamespaceImport(named) ? named.name.text : undefined)
      replaceWithBrine(statement, specifiers, bindings, edits, sourceFile, clause?.isTypeOnly ?? false, namespace)
    } else if (ts.isVariableStatement(statement)) {
      const declaration = statement.declarationList.declarations[0]
      const init = declaration?.initializer
      if (
        statement.declarationList.declarations.length !== 1 ||
        !init ||
        !ts.isCallExpression(init) ||
        !ts.isIdentifier(init.expression) ||
        init.expression.text !== 'require' ||
        !init.arguments[0] ||
        !isCucumber(init.arguments[0])
      ) {
        continue
      }
      if (ts.isIdentifier(declaration.name)) {
        bindings.namespaces.add(declaration.name.text)
        replaceWithBrine(statement, [], bindings, edits, sourceFile, false, declaration.name.text)
      } else if (ts.isObjectBindingPattern(declaration.name)) {
        const specifiers = declaration.name.elements.map((e) => ({
          exported: (e.propertyName ?? e.name).getText(sourceFile),
          local: e.name.getText(sourceFile),
          typeOnly: false,
        }))
        replaceWithBrine(statement, specifiers, bindings, edits, sourceFile, false)
      }
    }
  }
  return bindings
}

function isCucumber(node: ts.Node): boolean {
  return ts.isStringLiteral(node) && node.text === CUCUMBER
}

function replaceWithBrine(
  statement: ts.Statement,
  specifiers: Specifier[],
  bindings: CucumberBindings,
  edits: TextEdits,
  sourceFile: ts.SourceFile,
  typeOnly: boolean,
  namespace?: string,
): void {
  const kept: string[] = []
  const unsupported: string[] = []
  for (const s of specifiers) {
    bindings.names.set(s.local, s.exported)
    const role = roleOf(s.exported)
    if (role === 'unsupported') unsupported.push(s.exported)
    if (role === 'unsupported' || role === 'timeout' || role === 'world-proxy' || role === 'status') continue
    const name = renamed[s.exported] ?? s.exported
    const alias = name === s.local ? name : `${name} as ${s.local}`
    kept.push(s.typeOnly && !typeOnly ? `type ${alias}` : alias)
  }
  const lines: string[] = []
  // Written in the file's own style: its quote character and semicolons.
  const original = statement.getText(sourceFile)
  const quote = /(["'])@cucumber\/cucumber\1/.exec(original)?.[1] ?? "'"
  const end = original.endsWith(';') ? ';' : ''
  const brine = `${quote}brine${quote}${end}`
  if (namespace) lines.push(`import * as ${namespace} from ${brine}`)
  if (kept.length) lines.push(`import ${typeOnly ? 'type ' : ''}{ ${kept.join(', ')} } from ${brine}`)
  if (unsupported.length) {
    const todo = `${unsupported.join(', ')}: not in brine`
    bindings.todos.push(`line ${lineOf(statement)}: import of ${todo}`)
    lines.push(`// TODO(brine): ${todo}; the original import was:`, `// ${original.replace(/\n/g, '\n// ')}`)
  }
  edits.replace(statement.getStart(sourceFile), statement.getEnd(), lines.join('\n'))
}
