// Imports of a file put together from several sources (spec files, brine's own): one declaration
// per module and kind (type-only or not), each binding once, and bindings nothing in the file uses
// dropped. A module imported twice under one name is a syntax error for Vite's parser.
import ts from 'typescript'
import { TextEdits } from './cucumber-js/text-edits.js'

interface Binding {
  /** `name`, `x as name`, `type name`… as written. */
  text: string
  local: string
}

interface ModuleImports {
  specifier: string
  typeOnly: boolean
  defaultName?: string
  namespace?: string
  named: Binding[]
  /** A bare `import 'x'` (or every binding unused: then it goes). */
  sideEffect: boolean
}

export function tidyImports(fileName: string, text: string): string {
  const kind = /\.[cm]?tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
  const declarations = sourceFile.statements.filter(ts.isImportDeclaration)
  if (declarations.length === 0) return text
  const used = usedNames(sourceFile)
  const modules = new Map<string, ModuleImports>()
  for (const declaration of declarations) {
    const specifier = (declaration.moduleSpecifier as ts.StringLiteral).text
    const clause = declaration.importClause
    const typeOnly = clause?.isTypeOnly ?? false
    const key = `${typeOnly ? 'type' : 'value'}\u0000${specifier}`
    const entry = modules.get(key) ?? { specifier, typeOnly, named: [], sideEffect: false }
    modules.set(key, entry)
    if (!clause) {
      entry.sideEffect = true
      continue
    }
    if (clause.name && used.has(clause.name.text)) entry.defaultName ??= clause.name.text
    const bindings = clause.namedBindings
    if (bindings && ts.isNamespaceImport(bindings) && used.has(bindings.name.text)) {
      entry.namespace ??= bindings.name.text
    }
    if (bindings && ts.isNamedImports(bindings)) {
      for (const element of bindings.elements) {
        const local = element.name.text
        if (!used.has(local) || entry.named.some((b) => b.local === local)) continue
        entry.named.push({ text: element.getText(sourceFile), local })
      }
    }
  }
  const lines: string[] = []
  for (const entry of modules.values()) lines.push(...importLines(entry))
  // The first import's place takes them all; the others go with their line.
  const edits = new TextEdits()
  declarations.forEach((declaration, i) => {
    const start = declaration.getStart(sourceFile)
    const end = text[declaration.getEnd()] === '\n' ? declaration.getEnd() + 1 : declaration.getEnd()
    edits.replace(start, end, i === 0 ? lines.map((l) => `${l}\n`).join('') : '')
  })
  return edits.apply(text)
}

function importLines(entry: ModuleImports): string[] {
  const from = JSON.stringify(entry.specifier).replace(/^"|"$/g, "'")
  const type = entry.typeOnly ? 'type ' : ''
  const lines: string[] = []
  const named = entry.named.length ? `{ ${entry.named.map((b) => b.text).join(', ')} }` : ''
  if (entry.namespace) {
    lines.push(`import ${type}${entry.defaultName ? `${entry.defaultName}, ` : ''}* as ${entry.namespace} from ${from}`)
    if (named) lines.push(`import ${type}${named} from ${from}`)
  } else if (entry.defaultName || named) {
    lines.push(`import ${type}${[entry.defaultName, named].filter(Boolean).join(', ')} from ${from}`)
  } else if (entry.sideEffect) lines.push(`import ${from}`)
  return lines
}

/** Every identifier outside the import declarations (property names too: keeping an import is safe). */
function usedNames(sourceFile: ts.SourceFile): Set<string> {
  const names = new Set<string>()
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) return
    if (ts.isIdentifier(node)) names.add(node.text)
    node.forEachChild(visit)
  }
  visit(sourceFile)
  // JSDoc `{@link x}` and `typeof import('…')` need nothing more; `/// <reference>` is not a binding.
  return names
}
