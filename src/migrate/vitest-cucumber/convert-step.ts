// One vitest-cucumber step callback as a brine step definition: `(ctx, …params)` becomes
// `(world, …params)`, an outline's
// `variables.x` becomes the parameter that carries the Examples value, and a doc string or table
// arrives as vitest-cucumber gave it (a string, row objects) after any number of parameters.
import ts from 'typescript'
import { TextEdits } from '../cucumber-js/text-edits.js'
import type { StepUse } from './bind-steps.js'
import { bodyFingerprint } from './body-fingerprint.js'
import type { SpecModel, SpecStep } from './spec-model.js'
import { expressionColumns, stepPattern } from './step-pattern.js'
import { dedent, indentOf, renameRef, type RenameEdits } from './rename-refs.js'

export interface ConvertedStep {
  keyword: SpecStep['keyword']
  expression: string
  /** The function: `(world, n) => { … }`, dedented to column 0. */
  fn: string
  todos: string[]
  /** The parameter types of its expression. */
  types: string[]
  /** What two definitions of one text are compared by: parameter names, body and what its names refer to. */
  signature: string
  /** Whether the body uses names of its own spec file (module variables, helpers): it cannot serve another spec. */
  specBound: boolean
}

interface ParamSlot {
  name: string
  /** The Cucumber type: int and float give numbers where vitest-cucumber gave strings. */
  type: string
}

export function convertStep(step: SpecStep, model: SpecModel, checker: ts.TypeChecker, uses: StepUse[]): ConvertedStep {
  const { sourceFile } = model
  const typed = /\.[cm]?tsx?$/.test(model.path)
  const examples = uses[0]?.pickle.scenario.examples
  const pattern = stepPattern(step.text, examples)
  const todos = pattern.unknown.map((u) => `vitest-cucumber expression ${u} has no brine parameter type`)
  const types = pattern.params.map((p) => p.type)
  const fn = step.fn
  const fingerprint = bodyFingerprint(fn, model, checker)
  const result = (text: string, signature = text): ConvertedStep => ({
    keyword: step.keyword,
    expression: pattern.expression,
    fn: text,
    todos: [...new Set(todos)],
    types,
    signature: `${signature.replace(/\s+/g, ' ').trim()} ${fingerprint.imports.join(' ')}`,
    specBound: fingerprint.specBound,
  })
  if (!ts.isArrowFunction(fn) && !ts.isFunctionExpression(fn)) {
    // A function that takes no parameters never saw what vitest-cucumber passed: call it as it is.
    const declaration = checker.getSymbolAtLocation(fn)?.valueDeclaration
    if (declaration && ts.isFunctionLike(declaration) && declaration.parameters.length === 0) {
      return result(`(_world) => ${fn.getText(sourceFile)}()`)
    }
    todos.push("step function defined elsewhere: it now receives the World instead of Vitest's test context first")
    return result(`(world, ...args) => ${fn.getText(sourceFile)}(world, ...args)`)
  }
  const [ctx, ...rest] = fn.parameters
  const used = new Set<string>()
  collectNames(fn, used)
  const unique = (base: string) => {
    let name =
      base.replace(/\W+(\w)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : '')).replace(/^\d/, '_$&') ||
      'value'
    while (used.has(name)) name = `${name}_`
    used.add(name)
    return name
  }
  const tsType = (type: string) => (type === 'int' || type === 'float' ? 'number' : 'string')
  // Outline steps written with expressions: which Examples column each parameter carries.
  const columns = step.variables && uses[0] ? expressionColumns(step.text, uses[0].gherkin.text) : []
  const params: string[] = []
  const byColumn = new Map<string, ParamSlot>()
  for (const p of pattern.params) {
    if (p.kind === 'expression') {
      const declared = rest[p.index]
      const column = columns[p.index]
      const name = declared && ts.isIdentifier(declared.name) ? declared.name.text : unique(column ?? `arg${p.index}`)
      if (column !== undefined) byColumn.set(column, { name, type: p.type })
      params.push(declared ? declared.getText(sourceFile) : typed ? `${name}: ${tsType(p.type)}` : name)
    } else {
      const name = unique(p.name)
      byColumn.set(p.name, { name, type: p.type })
      params.push(typed ? `${name}: ${tsType(p.type)}` : name)
    }
  }
  const expressionCount = pattern.params.filter((p) => p.kind === 'expression').length
  const argument = argumentOf(uses, rest.length > expressionCount)
  const argParam = rest[expressionCount]
  let prefix = ''
  if (argument && argParam) {
    const name = unique(argument === 'table' ? 'dataTable' : 'docString')
    params.push(typed ? `${name}: ${argument === 'table' ? 'DataTable' : 'DocString'}` : name)
    // vitest-cucumber passes a table as row objects and a doc string as a string.
    const value = `${name}${argument === 'table' ? '.hashes()' : '.content'}`
    const annotation = typed && argParam.type && argument === 'table' ? ` as ${argParam.type.getText(sourceFile)}` : ''
    prefix = `const ${argParam.name.getText(sourceFile)} = ${value}${annotation}`
  }

  const edits = new TextEdits()
  const refs: RenameEdits = { edits }
  let usesWorld = false
  const ctxSymbol = ctx ? checker.getSymbolAtLocation(ctx.name) : undefined
  // A column the step's text does not carry is read from the Examples row brine gives the World.
  let needsRow = false
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const key = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : undefined
      if (step.variables && checker.getSymbolAtLocation(node.expression) === step.variables) {
        const slot = key !== undefined ? byColumn.get(key) : undefined
        if (slot) replaceVariable(node, slot, sourceFile, edits)
        else needsRow = true
        return
      }
    }
    if (ts.isIdentifier(node) && !renameRef(node, model, checker, refs)) {
      const symbol = checker.getSymbolAtLocation(node)
      if (symbol && symbol === ctxSymbol) {
        todos.push(`uses Vitest's test context (${node.text}); brine passes the World first`)
      } else if (symbol && symbol === step.variables) {
        needsRow = true
      }
    }
    node.forEachChild(visit)
  }
  visit(fn.body)

  if (needsRow) {
    usesWorld = true
    prefix = [rowObject(step.variables!, typed, sourceFile), prefix].filter(Boolean).join('\n  ')
  }
  let body = edits.applyRange(sourceFile.text, fn.body.getStart(sourceFile), fn.body.getEnd())
  if (prefix) {
    body = ts.isBlock(fn.body) ? `{\n  ${prefix}${body.slice(1)}` : `{\n  ${prefix}\n  return ${body}\n}`
  }
  const isAsync = fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : ''
  const worldParam = usesWorld ? 'world' : '_world'
  const names = [worldParam, ...params].map((p) => p.replace(/[?]?:.*$/, ''))
  return result(
    dedent(`${isAsync}(${[worldParam, ...params].join(', ')}) => ${body}`, indentOf(step.fn, sourceFile)),
    `${names.join(',')} ${body}`,
  )
}

/** `const variables = world.scenario.examples!.values`, typed as the outline callback typed it. */
function rowObject(variables: ts.Symbol, typed: boolean, sourceFile: ts.SourceFile): string {
  const declaration = variables.valueDeclaration
  const type =
    declaration && ts.isParameter(declaration) && declaration.type
      ? declaration.type.getText(sourceFile)
      : '{ [key: string]: any }'
  return `const ${variables.name} = world.scenario.examples!.values${typed ? ` as ${type}` : ''}`
}

/** The argument the step's Gherkin steps carry; without any, what the function's parameters suggest. */
function argumentOf(uses: StepUse[], extraParam: boolean): 'table' | 'doc' | undefined {
  const kinds = new Set(uses.map((u) => u.gherkin.argument))
  if (kinds.size === 1) return [...kinds][0]
  if (kinds.size > 1) return [...kinds].find((k) => k !== undefined)
  return extraParam ? 'doc' : undefined
}

/** `variables.x` → the parameter; vitest-cucumber gave every Examples value as a string. */
function replaceVariable(node: ts.Expression, slot: ParamSlot, sourceFile: ts.SourceFile, edits: TextEdits): void {
  const numeric = slot.type === 'int' || slot.type === 'float'
  const call = node.parent
  const converter = ts.isCallExpression(call) && call.arguments.length === 1 ? call.expression.getText(sourceFile) : ''
  const identity = slot.type === 'int' ? /^(Number|parseInt|parseFloat)$/ : /^(Number|parseFloat)$/
  if (numeric && identity.test(converter)) edits.replace(call.getStart(sourceFile), call.getEnd(), slot.name)
  else edits.replace(node.getStart(sourceFile), node.getEnd(), numeric ? `String(${slot.name})` : slot.name)
}

function collectNames(node: ts.Node, names: Set<string>): void {
  const isPropertyName = ts.isPropertyAccessExpression(node.parent) && node.parent.name === node
  if (ts.isIdentifier(node) && !isPropertyName) names.add(node.text)
  node.forEachChild((child) => collectNames(child, names))
}
