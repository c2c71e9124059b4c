// Reads one cucumber-js support file without changing it: which @cucumber/cucumber names it uses
// (and whether brine/cucumber has them), its step definitions (origin, pattern, RegExp or
// Cucumber Expression), setDefaultTimeout, and calls whose effect differs under brine.
import ts from 'typescript'
import type { DefinitionReport } from '../migration.js'
import { CUCUMBER, missingReason, STEP_DEFINERS, TYPES, VALUES } from './cucumber-api.js'
import { lineOf } from './parse-source.js'
import { syntacticKind, type PatternChecker } from './pattern-kind.js'

export interface SupportScan {
  /** Whether the file imports or requires @cucumber/cucumber at all. */
  usesCucumber: boolean
  definitions: DefinitionReport[]
  /** Each starting with `line N:`. */
  todos: string[]
  notes: string[]
  defaultTimeout?: { text: string; line: number }
}

interface Bindings {
  /** Local name → exported name. */
  names: Map<string, string>
  /** Local names bound to the whole module (`import * as c`, `const c = require(…)`). */
  namespaces: Set<string>
}

export function scanSupport(sourceFile: ts.SourceFile, path: string, checker: PatternChecker): SupportScan {
  const scan: SupportScan = { usesCucumber: false, definitions: [], todos: [], notes: [] }
  const bindings: Bindings = { names: new Map(), namespaces: new Set() }
  const known = new Set([...VALUES, ...TYPES])
  const use = (exported: string, node: ts.Node) => {
    if (!known.has(exported))
      scan.todos.push(`line ${lineOf(node)}: ${exported} is not in brine/cucumber: ${missingReason(exported)}`)
  }

  const visit = (node: ts.Node): void => {
    const specifier = cucumberSpecifier(node)
    if (specifier) {
      scan.usesCucumber = true
      if (specifier.text !== CUCUMBER) {
        scan.todos.push(
          `line ${lineOf(node)}: ${specifier.text}: brine/cucumber has no module paths inside @cucumber/cucumber`,
        )
      }
    }
    if (ts.isImportDeclaration(node) && specifier) {
      const clause = node.importClause
      if (clause?.name) bindings.namespaces.add(clause.name.text)
      const named = clause?.namedBindings
      if (named && ts.isNamespaceImport(named)) bindings.namespaces.add(named.name.text)
      if (named && ts.isNamedImports(named)) {
        for (const element of named.elements) {
          const exported = (element.propertyName ?? element.name).text
          bindings.names.set(element.name.text, exported)
          use(exported, element)
        }
      }
    } else if (ts.isVariableDeclaration(node) && node.initializer && isRequireOf(node.initializer)) {
      if (ts.isIdentifier(node.name)) bindings.namespaces.add(node.name.text)
      else if (ts.isObjectBindingPattern(node.name)) {
        for (const element of node.name.elements) {
          const exported = (element.propertyName ?? element.name).getText(sourceFile)
          bindings.names.set(element.name.getText(sourceFile), exported)
          use(exported, element)
        }
      }
    } else if (ts.isPropertyAccessExpression(node) && ts.isIdentifier(node.expression)) {
      if (bindings.namespaces.has(node.expression.text)) use(node.name.text, node)
    } else if (ts.isCallExpression(node)) {
      const name = calledName(node.expression, bindings)
      if (name) onCall(node, name)
    }
    node.forEachChild(visit)
  }

  const onCall = (call: ts.CallExpression, name: string) => {
    const line = lineOf(call)
    if (STEP_DEFINERS.includes(name) && call.arguments.length >= 2) {
      const pattern = call.arguments[0]!
      const matcher =
        syntacticKind(pattern) ?? checker.kindOf(sourceFile.fileName, pattern.getStart(sourceFile)) ?? 'unknown'
      const todos = matcher === 'unknown' ? ['the pattern is built at run time and its type is not known'] : []
      scan.definitions.push({
        origin: `${path}:${line}`,
        pattern: ts.isStringLiteralLike(pattern) ? pattern.text : pattern.getText(sourceFile),
        matcher,
        translated: 'fully',
        todos,
      })
    } else if (name === 'setDefaultTimeout' && call.arguments[0]) {
      scan.defaultTimeout = { text: call.arguments[0].getText(sourceFile), line }
    } else if (name === 'setParallelCanAssign') {
      scan.todos.push(
        `line ${line}: setParallelCanAssign is not applied: brine's workers take whole feature files, so scenarios of different features may run at the same time`,
      )
    } else if (name === 'BeforeAll' || name === 'AfterAll') {
      scan.notes.push(`${path}:${line}: ${name} runs once in each Vitest worker, as in cucumber-js's parallel mode`)
    }
  }

  visit(sourceFile)
  return scan
}

/** The @cucumber/cucumber (or deeper) specifier `node` imports, re-exports or requires. */
function cucumberSpecifier(node: ts.Node): ts.StringLiteralLike | undefined {
  let spec: ts.Node | undefined
  if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
    spec = node.moduleSpecifier
  else if (ts.isCallExpression(node) && node.arguments.length === 1) {
    const callee = node.expression
    if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
      spec = node.arguments[0]
    }
  } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) spec = node.argument.literal
  if (!spec || !ts.isStringLiteralLike(spec)) return undefined
  return spec.text === CUCUMBER || spec.text.startsWith(`${CUCUMBER}/`) ? spec : undefined
}

function isRequireOf(node: ts.Expression): boolean {
  return (
    ts.isCallExpression(node) &&
    ts.isIdentifier(node.expression) &&
    node.expression.text === 'require' &&
    node.arguments.length === 1 &&
    ts.isStringLiteralLike(node.arguments[0]!) &&
    node.arguments[0].text === CUCUMBER
  )
}

function calledName(callee: ts.Expression, bindings: Bindings): string | undefined {
  if (ts.isIdentifier(callee)) return bindings.names.get(callee.text)
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    if (bindings.namespaces.has(callee.expression.text)) return callee.name.text
  }
  return undefined
}
