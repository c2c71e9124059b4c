// Reads a vitest-cucumber spec file into a SpecModel: walks describeFeature's callback, its
// Scenario/ScenarioOutline/Background/Rule callbacks and the step calls inside them.
import ts from 'typescript'
import { lineOf } from '../cucumber-js/parse-source.js'
import type { ContextVar, FeatureBlock, Keyword, ScenarioRef, SpecModel } from './spec-model.js'
import { callsApi, describeCall, loadedFeature, loadFeatureFile, resolveFeature } from './spec-syntax.js'

export const VITEST_CUCUMBER = '@amiceli/vitest-cucumber'

/** Local names of an API object's members: `({ Scenario: S, Given })` or `(api) => api.Given`. */
interface Api {
  names: Map<string, string>
  object?: string
}

const stepKeywords = ['Given', 'When', 'Then', 'And', 'But']

export function readSpec(path: string, sourceFile: ts.SourceFile, checker: ts.TypeChecker, root: string): SpecModel {
  const model: SpecModel = {
    path,
    sourceFile,
    imports: [],
    kept: [],
    features: [],
    moduleVars: [],
    scenarioVars: [],
    renames: new Map(),
    unified: new Set(),
    contexts: [],
    unconverted: [],
  }
  const symbolOf = (node: ts.Node) => checker.getSymbolAtLocation(node)
  const featureFiles = new Map<ts.Symbol, { path: string; language?: string }>()
  /** Local names imported from vitest-cucumber. */
  const apiNames = new Set<string>()

  /**
   * Declarations of describeFeature and Rule callbacks live as long as the feature in
   * vitest-cucumber, shared by its scenarios; a scenario callback's own live for that scenario
   * (an outline's for each Examples row). All move to the step file's top level; a scenario's
   * variables are set afresh when each scenario starts.
   */
  const addDeclaration = (statement: ts.Statement, level: 'feature' | 'rule' | 'scenario'): boolean => {
    if (ts.isFunctionDeclaration(statement) && statement.name && statement.body) {
      model.moduleVars.push(statement)
      return true
    }
    if (!ts.isVariableStatement(statement)) return false
    if (level !== 'scenario') model.moduleVars.push(statement)
    else if (statement.declarationList.declarations.every((d) => ts.isIdentifier(d.name))) {
      model.scenarioVars.push(statement)
    } else model.unconverted.push({ node: statement, todo: 'destructuring declaration in a scenario callback' })
    return true
  }

  const callbackApi = (fn: ts.Expression | undefined, level: ContextVar['level']): Api | undefined => {
    if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return undefined
    const param = fn.parameters[0]
    const api: Api = { names: new Map() }
    if (param && ts.isObjectBindingPattern(param.name)) {
      for (const element of param.name.elements) {
        const name = (element.propertyName ?? element.name).getText(sourceFile)
        api.names.set(element.name.getText(sourceFile), name)
        if (name === 'context' && ts.isIdentifier(element.name)) model.contexts.push({ name: element.name, level })
      }
    } else if (param && ts.isIdentifier(param.name)) api.object = param.name.text
    return api
  }

  /** `Scenario.skip(…)` → ['Scenario', 'skip']. */
  const apiCall = (node: ts.Node, api: Api): [string, string | undefined] | undefined => {
    if (!ts.isExpressionStatement(node) || !ts.isCallExpression(node.expression)) return undefined
    const callee = node.expression.expression
    if (ts.isPropertyAccessExpression(callee) && ['skip', 'only'].includes(callee.name.text)) {
      const inner = nameOf(callee.expression, api)
      if (inner) return [inner, callee.name.text]
    }
    const name = nameOf(callee, api)
    return name ? [name, undefined] : undefined
  }

  const bodyOf = (fn: ts.Expression | undefined): readonly ts.Statement[] => {
    if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn))) return []
    return ts.isBlock(fn.body) ? fn.body.statements : []
  }

  const readSteps = (
    fn: ts.Expression | undefined,
    scenario: ScenarioRef,
    feature: FeatureBlock,
    level: 'feature' | 'rule' | 'scenario',
  ) => {
    const api = callbackApi(fn, 'scenario')
    const variablesParam = scenario.kind === 'outline' && fn && ts.isFunctionLike(fn) ? fn.parameters[1] : undefined
    const variables = variablesParam ? symbolOf(variablesParam.name) : undefined
    let previous: Keyword = 'Given'
    const pending: ts.Statement[] = []
    const scenarioVarsBefore = model.scenarioVars.length
    for (const statement of bodyOf(fn)) {
      const call = api && apiCall(statement, api)
      if (call && stepKeywords.includes(call[0])) {
        const args = ((statement as ts.ExpressionStatement).expression as ts.CallExpression).arguments
        const [text, stepFn] = args
        if (!text || !stepFn || !ts.isStringLiteralLike(text)) {
          model.unconverted.push({ node: statement, todo: 'step call without a literal text and a function' })
          continue
        }
        const keyword: Keyword = call[0] === 'And' || call[0] === 'But' ? previous : (call[0] as Keyword)
        previous = keyword
        feature.steps.push({ keyword, text: text.text, fn: stepFn, line: lineOf(statement), scenario, variables })
      } else if (!addDeclaration(statement, level)) {
        pending.push(statement)
      }
    }
    // vitest-cucumber runs the rest of a scenario callback while collecting, before any scenario:
    // once at module level in brine (not for outlines and Backgrounds, which run it more often, or
    // when it uses the scenario's own variables, which each scenario sets afresh).
    const own = new Set(model.scenarioVars.slice(scenarioVarsBefore).flatMap((s) => s.declarationList.declarations))
    for (const statement of pending) {
      if (scenario.kind === 'scenario' && ts.isExpressionStatement(statement) && !uses(statement, own)) {
        model.moduleVars.push(statement)
      } else model.unconverted.push({ node: statement, todo: 'statement in a scenario callback' })
    }
  }

  /** Whether `node` refers to one of the declarations. */
  const uses = (node: ts.Node, declarations: Set<ts.Declaration>): boolean => {
    if (ts.isIdentifier(node)) {
      const declaration = symbolOf(node)?.valueDeclaration
      if (declaration && declarations.has(declaration)) return true
    }
    return node.forEachChild((child) => uses(child, declarations) || undefined) ?? false
  }

  const readContainer = (fn: ts.Expression | undefined, feature: FeatureBlock, rule: string) => {
    const level = rule ? 'rule' : 'feature'
    const api = callbackApi(fn, level)
    for (const statement of bodyOf(fn)) {
      const call = api && apiCall(statement, api)
      const args = call ? ((statement as ts.ExpressionStatement).expression as ts.CallExpression).arguments : undefined
      const [name, modifier] = call ?? []
      const scenario = (kind: ScenarioRef['kind'], scenarioName: string): ScenarioRef => ({
        rule,
        name: scenarioName,
        kind,
        ...(modifier ? { modifier: modifier as 'skip' | 'only' } : {}),
      })
      const title = args?.[0] && ts.isStringLiteralLike(args[0]) ? args[0].text : undefined
      if ((name === 'Scenario' || name === 'RuleScenario') && title !== undefined) {
        readSteps(args![1], scenario('scenario', title), feature, 'scenario')
      } else if ((name === 'ScenarioOutline' || name === 'RuleScenarioOutline') && title !== undefined) {
        readSteps(args![1], scenario('outline', title), feature, 'scenario')
      } else if (name === 'Background' || name === 'RuleBackground') {
        readSteps(args![0], scenario('background', 'Background'), feature, 'scenario')
      } else if (name === 'defineSteps') {
        readSteps(args![0], scenario('shared', ''), feature, level)
      } else if (name === 'Rule' && title !== undefined && !rule) {
        readContainer(args![1], feature, title)
      } else if (name && hookKinds[name] && args?.[0]) {
        feature.hooks.push({ kind: hookKinds[name]!, fn: args[0], line: lineOf(statement) })
      } else if (addDeclaration(statement, level)) continue
      else
        model.unconverted.push({
          node: statement,
          todo: `statement in a ${rule ? 'Rule' : 'describeFeature'} callback`,
        })
    }
  }

  for (const statement of sourceFile.statements) {
    if (ts.isImportDeclaration(statement)) {
      const from = (statement.moduleSpecifier as ts.StringLiteral).text
      if (from !== VITEST_CUCUMBER) model.imports.push(statement)
      else {
        const named = statement.importClause?.namedBindings
        if (named && ts.isNamedImports(named)) for (const s of named.elements) apiNames.add(s.name.text)
      }
      continue
    }
    const load = ts.isVariableStatement(statement) ? loadedFeature(statement) : undefined
    if (load) {
      const symbol = symbolOf(load.name)
      if (symbol) featureFiles.set(symbol, { ...load, path: resolveFeature(load.file, path, root) })
      continue
    }
    const describe = describeCall(statement)
    if (describe) {
      const [featureArg, callback] = describe.arguments
      const inline = featureArg && loadFeatureFile(featureArg)
      const loaded = inline
        ? { ...inline, path: resolveFeature(inline.file, path, root) }
        : featureArg && featureFiles.get(symbolOf(featureArg)!)
      const feature: FeatureBlock = {
        node: statement,
        line: lineOf(statement),
        steps: [],
        hooks: [],
        ...(loaded ? { featurePath: loaded.path } : {}),
        ...(loaded?.language ? { language: loaded.language } : {}),
      }
      if (describe.arguments[2]) {
        model.unconverted.push({
          node: describe.arguments[2],
          todo: 'describeFeature options: select scenarios with brine({ tags })',
        })
      }
      model.features.push(feature)
      readContainer(callback, feature, '')
      continue
    }
    if (callsApi(statement, apiNames)) {
      model.unconverted.push({
        node: statement,
        todo: 'vitest-cucumber call outside describeFeature has no brine equivalent',
      })
    } else model.kept.push(statement)
  }
  return model
}

const hookKinds: Record<string, 'Before' | 'After' | 'BeforeFeature' | 'AfterFeature'> = {
  BeforeEachScenario: 'Before',
  AfterEachScenario: 'After',
  BeforeAllScenarios: 'BeforeFeature',
  AfterAllScenarios: 'AfterFeature',
}

function nameOf(callee: ts.Expression, api: Api): string | undefined {
  if (ts.isIdentifier(callee)) return api.names.get(callee.text)
  if (
    ts.isPropertyAccessExpression(callee) &&
    ts.isIdentifier(callee.expression) &&
    callee.expression.text === api.object
  ) {
    return callee.name.text
  }
  return undefined
}
