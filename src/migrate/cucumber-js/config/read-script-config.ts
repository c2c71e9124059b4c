// The profiles of a cucumber.js / .cjs / .mjs file, read from its syntax tree as cucumber-js would
// load them: `module.exports = { default: …, ci: … }` (or `exports.ci = …`) in CommonJS; in an ES
// module the default export is the default profile and named exports are the others, and a default
// export that is a function returns the profiles. A profile is an object of options or a command line.
import ts from 'typescript'
import { lineOf, parseSource } from '../parse-source.js'
import { argvProfile, splitArguments } from './argv-profile.js'
import type { ConfigProblem, OptionEntry, Profile } from './profile.js'
import { propertyName, ScriptScope } from './script-value.js'

export function readScriptConfig(file: string, text: string): { profiles: Profile[]; problems: ConfigProblem[] } {
  const parsed = parseSource(file, text)
  if (parsed.error) return { profiles: [], problems: [{ line: parsed.error.line, message: parsed.error.message }] }
  const scope = new ScriptScope(parsed.sourceFile)
  const found: { name: string; node: ts.Expression; line: number }[] = []
  const problems: ConfigProblem[] = []
  const addProfiles = (map: ts.Expression) => {
    const object = scope.resolve(map)
    if (!ts.isObjectLiteralExpression(object)) {
      problems.push({ line: lineOf(map), message: 'the profiles are computed at run time and cannot be read' })
      return
    }
    for (const property of object.properties) {
      const name = propertyName(property)
      const value = ts.isPropertyAssignment(property)
        ? property.initializer
        : ts.isShorthandPropertyAssignment(property)
          ? property.name
          : undefined
      if (name === undefined || !value) {
        problems.push({ line: lineOf(property), message: 'a profile whose name or value is computed cannot be read' })
      } else found.push({ name, node: value, line: lineOf(property) })
    }
  }

  for (const statement of parsed.sourceFile.statements) {
    if (ts.isExportAssignment(statement) && !statement.isExportEquals) {
      const value = scope.resolve(statement.expression)
      const body = functionResult(value)
      if (body) addProfiles(body)
      else if (ts.isFunctionLike(value)) {
        problems.push({
          line: lineOf(statement),
          message: 'the default export is a function whose profiles cannot be read',
        })
      } else found.push({ name: 'default', node: statement.expression, line: lineOf(statement) })
    } else if (
      ts.isVariableStatement(statement) &&
      statement.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    ) {
      for (const declaration of statement.declarationList.declarations) {
        if (ts.isIdentifier(declaration.name) && declaration.initializer) {
          found.push({ name: declaration.name.text, node: declaration.initializer, line: lineOf(declaration) })
        }
      }
    } else if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression)) {
      const { left, right, operatorToken } = statement.expression
      if (operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue
      const target = left.getText(parsed.sourceFile)
      if (target === 'module.exports') addProfiles(right)
      else {
        const name = /^(?:module\.)?exports\.(\w+)$/.exec(target)?.[1]
        if (name) found.push({ name, node: right, line: lineOf(statement) })
      }
    }
  }
  const profiles = found.map(({ name, node, line }) => readProfile(name, node, line, scope))
  return { profiles, problems }
}

/** The expression a function returns when its body is just that (an arrow or `return …`). */
function functionResult(node: ts.Expression): ts.Expression | undefined {
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return undefined
  if (!ts.isBlock(node.body)) return node.body
  const [only] = node.body.statements
  return node.body.statements.length === 1 && only && ts.isReturnStatement(only) ? only.expression : undefined
}

function readProfile(name: string, node: ts.Expression, line: number, scope: ScriptScope): Profile {
  const profile: Profile = { name, line, options: [], problems: [] }
  const value = scope.resolve(node)
  if (!ts.isObjectLiteralExpression(value)) {
    const data = scope.read(value)
    const args =
      data && 'value' in data
        ? typeof data.value === 'string'
          ? splitArguments(data.value)
          : Array.isArray(data.value) && data.value.every((a) => typeof a === 'string')
            ? (data.value as string[])
            : undefined
        : undefined
    if (!args) profile.problems.push({ line, message: `profile "${name}" is computed at run time and cannot be read` })
    else Object.assign(profile, argvProfile(args, line))
    return profile
  }
  addOptions(value, profile, scope)
  return profile
}

function addOptions(object: ts.ObjectLiteralExpression, profile: Profile, scope: ScriptScope): void {
  for (const property of object.properties) {
    const line = lineOf(property)
    if (ts.isSpreadAssignment(property)) {
      const spread = scope.resolve(property.expression)
      if (ts.isObjectLiteralExpression(spread)) addOptions(spread, profile, scope)
      else profile.problems.push({ line, message: 'options spread from a value computed at run time cannot be read' })
      continue
    }
    const key = propertyName(property)
    const node = ts.isPropertyAssignment(property)
      ? property.initializer
      : ts.isShorthandPropertyAssignment(property)
        ? property.name
        : undefined
    if (key === undefined || !node) {
      profile.problems.push({ line, message: 'an option whose name is computed cannot be read' })
      continue
    }
    const value = scope.read(node)
    if (!value) {
      profile.problems.push({
        line,
        message: `${key}: the value is computed from the file's own code and cannot be read`,
      })
      continue
    }
    const entry: OptionEntry = { key, line, ...value }
    const same = profile.options.findIndex((o) => o.key === key)
    if (same >= 0) profile.options.splice(same, 1)
    profile.options.push(entry)
  }
}
