// One vitest-cucumber step callback as a brine step definition: `(ctx, …params)` becomes
// `(world, …params)`, variables shared between steps become World properties, and an outline's
// `variables.x` becomes the parameter its `<x>` placeholder turned into.
import ts from 'typescript'
import { TextEdits } from '../cucumber-js/text-edits.js'
import type { ScenarioIndex } from './feature-index.js'
import type { SpecModel, SpecStep } from './spec-model.js'
import { stepPattern } from './step-pattern.js'
import { dedent, indentOf, rewriteWorldRef, type WorldRefs } from './world-refs.js'

export interface ConvertedStep {
  keyword: SpecStep['keyword']
  expression: string
  /** The function: `(world, n) => { … }`, dedented to column 0. */
  fn: string
  todos: string[]
  /** World properties the body uses. */
  properties: Set<string>
  /** The parameter types of its expression. */
  types: string[]
  /** What two definitions of one text are compared by: parameter names and body. */
  signature: string
}

export function convertStep(
  step: SpecStep,
  model: SpecModel,
  checker: ts.TypeChecker,
  scenario: ScenarioIndex | undefined,
): ConvertedStep {
  const { sourceFile } = model
  const typed = /\.[cm]?tsx?$/.test(model.path)
  const pattern = stepPattern(step.text, scenario?.examples)
  const todos = pattern.unknown.map((u) => `vitest-cucumber expression ${u} has no brine parameter type`)
  const properties = new Set<string>()
  const types = pattern.params.map((p) => p.type)
  const result = (fn: string, signature = fn): ConvertedStep => ({
    keyword: step.keyword,
    expression: pattern.expression,
    fn,
    todos: [...new Set(todos)],
    properties,
    types,
    signature: signature.replace(/\s+/g, ' ').trim(),
  })
  const fn = step.fn
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) {
    todos.push("step function defined elsewhere: it now receives the World instead of Vitest's test context first")
    return result(`(world, ...args) => ${fn.getText(sourceFile)}(world, ...args)`)
  }
  const [ctx, ...rest] = fn.parameters
  const used = new Set<string>()
  // Shared variables become `world.x`, so their names are free for parameters.
  collectNames(fn, used, (id) => {
    const symbol = checker.getSymbolAtLocation(id)
    return symbol !== undefined && model.worldVars.has(symbol)
  })
  const unique = (base: string) => {
    let name =
      base.replace(/\W+(\w)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^\d/, '_$&') ||
      'value'
    while (used.has(name)) name = `${name}_`
    used.add(name)
    return name
  }
  const params: string[] = []
  const placeholders = new Map<string, { name: string; numeric: boolean; type: string }>()
  for (const p of pattern.params) {
    if (p.kind === 'expression') params.push(rest[p.index]?.getText(sourceFile) ?? unique(`arg${p.index}`))
    else {
      const name = unique(p.name)
      placeholders.set(p.name, { name, numeric: p.type === 'int' || p.type === 'float', type: p.type })
      params.push(typed ? `${name}: ${p.type === 'int' || p.type === 'float' ? 'number' : 'string'}` : name)
    }
  }
  const expressionCount = pattern.params.filter((p) => p.kind === 'expression').length
  const argument = scenario?.arguments.get(step.text)
  const argParam = rest[expressionCount]
  let prefix = ''
  if (argument && argParam) {
    const name = unique(argument === 'table' ? 'dataTable' : 'docString')
    params.push(typed ? `${name}: ${argument === 'table' ? 'DataTable' : 'DocString'}` : name)
    // vitest-cucumber passes a table as row objects and a doc string as a string.
    prefix = `const ${argParam.name.getText(sourceFile)} = ${name}${argument === 'table' ? '.hashes()' : '.content'}`
  }

  const edits = new TextEdits()
  const refs: WorldRefs = { edits, properties, usesWorld: false }
  const ctxSymbol = ctx ? checker.getSymbolAtLocation(ctx.name) : undefined
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const key = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : undefined
      if (step.variables && checker.getSymbolAtLocation(node.expression) === step.variables) {
        const placeholder = key !== undefined ? placeholders.get(key) : undefined
        if (placeholder) {
          // vitest-cucumber passed every Examples value as a string; a numeric parameter is a number.
          const call = node.parent
          const converter =
            ts.isCallExpression(call) && call.arguments.length === 1 ? call.expression.getText(sourceFile) : ''
          const identity = placeholder.type === 'int' ? /^(Number|parseInt|parseFloat)$/ : /^(Number|parseFloat)$/
          if (placeholder.numeric && identity.test(converter)) {
            edits.replace(call.getStart(sourceFile), call.getEnd(), placeholder.name)
          } else {
            edits.replace(
              node.getStart(sourceFile),
              node.getEnd(),
              placeholder.numeric ? `String(${placeholder.name})` : placeholder.name,
            )
          }
        } else todos.push(`uses the Examples column ${key ?? '?'} that is not in its step text`)
        return
      }
    }
    if (ts.isIdentifier(node) && !rewriteWorldRef(node, model, checker, refs)) {
      const symbol = checker.getSymbolAtLocation(node)
      if (symbol && symbol === ctxSymbol) {
        todos.push(`uses Vitest's test context (${node.text}); brine passes the World first`)
      } else if (symbol && symbol === step.variables) {
        todos.push('uses the Examples row object as a whole')
      }
    }
    node.forEachChild(visit)
  }
  visit(fn.body)

  let body = edits.applyRange(sourceFile.text, fn.body.getStart(sourceFile), fn.body.getEnd())
  if (prefix) {
    body = ts.isBlock(fn.body) ? `{\n  ${prefix}${body.slice(1)}` : `{\n  ${prefix}\n  return ${body}\n}`
  }
  const isAsync = fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : ''
  const worldParam = refs.usesWorld ? 'world' : '_world'
  const names = [worldParam, ...params].map((p) => p.replace(/[?]?:.*$/, ''))
  return result(
    dedent(`${isAsync}(${[worldParam, ...params].join(', ')}) => ${body}`, indentOf(step.fn, sourceFile)),
    `${names.join(',')} ${body}`,
  )
}

function collectNames(node: ts.Node, names: Set<string>, skip: (id: ts.Identifier) => boolean): void {
  const isPropertyName = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node
  if (ts.isIdentifier(node) && !isPropertyName && !skip(node)) names.add(node.text)
  node.forEachChild((child) => collectNames(child, names, skip))
}
