// Converts one cucumber-js support file (steps, hooks, World, parameter types) to brine, with
// text edits on its syntax tree so everything untouched keeps its bytes.
import ts from 'typescript'
import type { DefinitionReport } from '../migration.js'
import { commentOut } from './comment-out.js'
import { convertCallback, type CallbackContext } from './convert-callback.js'
import { convertHookArgument } from './convert-hook-argument.js'
import { convertImports, type CucumberBindings } from './convert-imports.js'
import { roleOf, statusValues } from './cucumber-api.js'
import { lineOf } from './parse-source.js'
import { TextEdits } from './text-edits.js'
import { thisUsage } from './this-usage.js'

export interface ConvertedFile {
  text: string
  definitions: DefinitionReport[]
  /** TODOs of the file outside step definitions, each starting with `line N:`. */
  todos: string[]
  /** Facts for the report, e.g. the stepTimeout config line. */
  notes: string[]
}

export function convertFile(sourceFile: ts.SourceFile, path: string): ConvertedFile {
  const edits = new TextEdits()
  const bindings = convertImports(sourceFile, edits)
  const result: ConvertedFile = {
    text: '',
    definitions: [],
    todos: [...bindings.todos],
    notes: [],
  }
  const worldProxy = [...bindings.names.values()].includes('world')
  const ctx: CallbackContext = { edits, sourceFile, worldProxy }

  const visit = (node: ts.Node): void => {
    if (isWorldLink(node, worldProxy)) {
      const todo = "World.link (cucumber-js links) is not in brine's World"
      const definition = enclosingDefinition(node, result)
      if (definition) {
        definition.todos.push(`line ${lineOf(node)}: ${todo}`)
        definition.translated = 'partly'
      } else result.todos.push(`line ${lineOf(node)}: ${todo}`)
    }
    if (ts.isCallExpression(node)) {
      const name = cucumberName(node.expression, bindings)
      if (name && handleCall(node, name, ctx, path, result)) return
    }
    const literal = statusLiteral(node)
    if (literal) {
      // cucumber-js statuses are upper case strings ('FAILED'); brine's are lower case.
      edits.replace(literal.getStart(sourceFile), literal.getEnd(), `'${statusValues[literal.text]}'`)
      return
    }
    if (ts.isPropertyAccessExpression(node) && cucumberName(node.expression, bindings) === 'Status') {
      const value = statusValues[node.name.text]
      if (value) edits.replace(node.getStart(sourceFile), node.getEnd(), `'${value}'`)
      else result.todos.push(`line ${lineOf(node)}: Status.${node.name.text} has no brine equivalent`)
      return
    }
    node.forEachChild(visit)
  }
  sourceFile.forEachChild(visit)
  result.text = edits.apply(sourceFile.text)
  return result
}

function cucumberName(callee: ts.Expression, bindings: CucumberBindings): string | undefined {
  if (ts.isIdentifier(callee)) return bindings.names.get(callee.text)
  if (ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression)) {
    if (bindings.namespaces.has(callee.expression.text)) return callee.name.text
  }
  return undefined
}

/** Converts a call to a cucumber API; true when it became a comment (nothing inside to visit). */
function handleCall(
  call: ts.CallExpression,
  name: string,
  ctx: CallbackContext,
  path: string,
  result: ConvertedFile,
): boolean {
  const { edits, sourceFile } = ctx
  const line = lineOf(call)
  const role = roleOf(name)
  const fn = call.arguments.at(-1)
  const statement = ts.isExpressionStatement(call.parent) ? call.parent : undefined
  if (role === 'step' && fn && call.arguments.length >= 2) {
    const todos = convertCallback(fn, ctx)
    const options = call.arguments.length === 3 ? call.arguments[1] : undefined
    if (options) todos.push(...optionTodos(options, ['timeout']))
    const pattern = call.arguments[0]!
    result.definitions.push({
      origin: `${path}:${line}`,
      pattern: ts.isStringLiteralLike(pattern) ? pattern.text : pattern.getText(sourceFile),
      matcher: ts.isRegularExpressionLiteral(pattern) ? 'regexp' : 'cucumber-expression',
      translated: todos.length ? 'partly' : 'fully',
      todos,
    })
    return false
  }
  if (role === 'scenario-hook' && fn) {
    const params = ts.isFunctionLike(fn) ? fn.parameters.filter((p) => p.name.getText(sourceFile) !== 'this') : []
    const scenarioHook = name === 'Before' || name === 'After'
    const argument =
      params[0] && scenarioHook ? convertHookArgument(fn as ts.SignatureDeclaration, params[0], edits) : undefined
    const overrides = new Map<ts.ParameterDeclaration, string>()
    if (argument?.text) overrides.set(params[0]!, argument.text)
    const todos = convertCallback(fn, ctx, overrides)
    if (call.arguments.length === 2) todos.push(...optionTodos(call.arguments[0]!, ['tags', 'name', 'timeout']))
    if (params[0] && !argument?.ok) {
      todos.push(
        scenarioHook
          ? `${name} hook argument: cucumber-js passes { pickle, gherkinDocument, result, … }, brine passes` +
              ' (world, { scenario, result }) with scenario.name, scenario.uri, scenario.tags (strings)'
          : `${name} hook argument: brine passes (world, { scenario, result }) with the scenario's result, not the step's`,
      )
    }
    result.todos.push(...todos.map((t) => `line ${line}: ${t}`))
    return false
  }
  if (role === 'run-hook' && fn && ts.isFunctionExpression(fn) && thisUsage(fn.body).thisKeywords.length > 0) {
    result.todos.push(`line ${line}: ${name} reads \`this\`; brine's ${name} hooks get no World`)
  }
  if (role === 'timeout' && statement) {
    const ms = call.arguments[0]?.getText(sourceFile) ?? ''
    const config = `brine({ stepTimeout: ${ms} })`
    commentOut(statement, `set the default timeout in vitest.config.ts: ${config}`, edits, sourceFile)
    result.todos.push(`line ${line}: setDefaultTimeout(${ms}) → vitest.config.ts: plugins: [${config}]`)
    result.notes.push(`setDefaultTimeout(${ms}) in ${path}:${line}: use ${config} in vitest.config.ts`)
    return true
  }
  if (role === 'unsupported' && statement) {
    commentOut(statement, `${name} has no brine equivalent`, edits, sourceFile)
    result.todos.push(`line ${line}: ${name}(…) kept as a comment: no brine equivalent`)
    return true
  }
  if (name === 'setWorldConstructor' && fn && ts.isIdentifier(fn)) {
    const todo = worldClassTodo(fn.text, sourceFile)
    if (todo) result.todos.push(`line ${line}: ${todo}`)
  }
  return false
}

function optionTodos(options: ts.Expression, supported: string[]): string[] {
  if (!ts.isObjectLiteralExpression(options)) return []
  return options.properties
    .map((p) => p.name?.getText())
    .filter((n): n is string => n !== undefined && !supported.includes(n))
    .map((n) => `option ${n} is not supported by brine and is ignored`)
}

function worldClassTodo(name: string, sourceFile: ts.SourceFile): string | undefined {
  const declaration = sourceFile.statements.find(
    (s): s is ts.ClassDeclaration => ts.isClassDeclaration(s) && s.name?.text === name,
  )
  if (!declaration) return undefined
  if (declaration.heritageClauses?.some((h) => h.token === ts.SyntaxKind.ExtendsKeyword)) return undefined
  return `World class ${name} does not extend World: brine needs \`class ${name} extends World\` calling super(options)`
}

/** The `'FAILED'` of `x.status === 'FAILED'` (either side, any (in)equality). */
function statusLiteral(node: ts.Node): ts.StringLiteral | undefined {
  if (!ts.isStringLiteral(node) || !statusValues[node.text] || !ts.isBinaryExpression(node.parent)) return undefined
  const { left, right, operatorToken } = node.parent
  const equality = [
    ts.SyntaxKind.EqualsEqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsEqualsToken,
    ts.SyntaxKind.EqualsEqualsToken,
    ts.SyntaxKind.ExclamationEqualsToken,
  ]
  const other = left === node ? right : left
  const isStatus = ts.isPropertyAccessExpression(other) && other.name.text === 'status'
  return equality.includes(operatorToken.kind) && isStatus ? node : undefined
}

/** `this.link(…)` (or `world.link(…)` through cucumber's proxy). */
function isWorldLink(node: ts.Node, worldProxy: boolean): boolean {
  if (!ts.isPropertyAccessExpression(node) || node.name.text !== 'link' || !ts.isCallExpression(node.parent))
    return false
  const target = node.expression
  return target.kind === ts.SyntaxKind.ThisKeyword || (worldProxy && ts.isIdentifier(target) && target.text === 'world')
}

/** The step definition whose function contains `node`, if any. */
function enclosingDefinition(node: ts.Node, result: ConvertedFile): DefinitionReport | undefined {
  for (let at = node.parent; at; at = at.parent) {
    const definition = result.definitions.find((d) => d.origin.endsWith(`:${lineOf(at)}`) && ts.isCallExpression(at))
    if (definition) return definition
  }
  return undefined
}
