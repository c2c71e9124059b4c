// Rewrites the function given to a step or scenario hook into brine's world-first form:
// brine calls it as fn.call(world, world, ...args), so a `world` parameter goes first, and a
// `function` that reads `this` becomes an arrow function reading `world`.
import ts from 'typescript'
import type { TextEdits } from './text-edits.js'
import { thisUsage } from './this-usage.js'

export interface CallbackContext {
  edits: TextEdits
  sourceFile: ts.SourceFile
  /** The file imported cucumber's `world` proxy: a parameter named `world` stands in for it. */
  worldProxy: boolean
}

/**
 * Returns TODOs for what could not be converted; the code itself is always kept. `overrides`
 * gives new text for some parameters (a hook's argument).
 */
export function convertCallback(
  fn: ts.Expression,
  ctx: CallbackContext,
  overrides = new Map<ts.ParameterDeclaration, string>(),
): string[] {
  if (ts.isFunctionExpression(fn) && !fn.asteriskToken && !thisUsage(fn.body).usesArguments) {
    return convertFunction(fn, ctx, overrides)
  }
  // Everywhere else the parameters' own text is not rewritten, so they can be edited in place.
  for (const [param, text] of overrides) ctx.edits.replace(param.getStart(ctx.sourceFile), param.getEnd(), text)
  if (ts.isArrowFunction(fn)) return convertArrow(fn, ctx)
  if (ts.isFunctionExpression(fn)) return convertFunction(fn, ctx, new Map())
  // A reference to a function defined elsewhere: call it the way cucumber-js did.
  const text = fn.getText(ctx.sourceFile)
  const target = ts.isIdentifier(fn) || ts.isPropertyAccessExpression(fn) ? text : `(${text})`
  ctx.edits.replace(fn.getStart(ctx.sourceFile), fn.getEnd(), `(world, ...args) => ${target}.call(world, ...args)`)
  return []
}

function worldName(names: Set<string>, proxy: boolean): string {
  if (proxy || !names.has('world')) return 'world'
  let n = 2
  while (names.has(`world${n}`)) n++
  return `world${n}`
}

/** cucumber's `world` proxy is in reach unless a parameter of that name shadows it. */
function proxyInReach(fn: ts.SignatureDeclaration, ctx: CallbackContext): boolean {
  return ctx.worldProxy && !fn.parameters.some((p) => p.name.getText(ctx.sourceFile) === 'world')
}

function convertArrow(fn: ts.ArrowFunction, ctx: CallbackContext): string[] {
  const usage = thisUsage(fn)
  const usesProxy = proxyInReach(fn, ctx) && usage.names.has('world')
  if (fn.parameters.length === 0 && !usesProxy) return []
  const name = usesProxy ? 'world' : `_${worldName(usage.names, false)}`
  const first = fn.parameters[0]
  const open = fn.getChildren(ctx.sourceFile).find((c) => c.kind === ts.SyntaxKind.OpenParenToken)
  if (open) ctx.edits.insert(open.getEnd(), first ? `${name}, ` : name)
  else if (first) {
    // `x => …` has no parentheses to insert into.
    ctx.edits.replace(first.getStart(ctx.sourceFile), first.getEnd(), `(${name}, ${first.getText(ctx.sourceFile)})`)
  }
  return []
}

function convertFunction(
  fn: ts.FunctionExpression,
  ctx: CallbackContext,
  overrides: Map<ts.ParameterDeclaration, string>,
): string[] {
  const { edits, sourceFile } = ctx
  const usage = thisUsage(fn.body)
  for (const p of fn.parameters) thisUsage(p).names.forEach((n) => usage.names.add(n))
  const proxy = proxyInReach(fn, ctx)
  const [maybeThis, ...rest] = fn.parameters
  const thisParam =
    maybeThis && ts.isIdentifier(maybeThis.name) && maybeThis.name.text === 'this' ? maybeThis : undefined
  const params = thisParam ? rest : [...fn.parameters]
  const usesWorld = usage.thisKeywords.length > 0 || thisParam !== undefined || (proxy && usage.names.has('world'))
  const name = worldName(usage.names, proxy)
  const worldParam =
    (usesWorld ? name : `_${name}`) + (thisParam?.type ? `: ${thisParam.type.getText(sourceFile)}` : '')

  if (fn.asteriskToken || usage.usesArguments) {
    // Generators and `arguments` need a real function: keep it, add the parameter in front.
    const open = fn.getChildren(sourceFile).find((c) => c.kind === ts.SyntaxKind.OpenParenToken)!
    if (thisParam) {
      const end = rest[0] ? rest[0].getStart(sourceFile) : thisParam.getEnd()
      edits.replace(thisParam.getStart(sourceFile), end, rest[0] ? `${worldParam}, ` : worldParam)
    } else edits.insert(open.getEnd(), params.length ? `${worldParam}, ` : worldParam)
    return [
      fn.asteriskToken
        ? 'generator function kept as is; brine awaits a returned promise, not a generator'
        : '`arguments` now starts with the world: its indexes are shifted by one',
    ]
  }
  const asyncText = fn.modifiers?.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword) ? 'async ' : ''
  const paramText = [worldParam, ...params.map((p) => overrides.get(p) ?? p.getText(sourceFile))].join(', ')
  const returnType = fn.type ? `: ${fn.type.getText(sourceFile)}` : ''
  const typeParams = fn.typeParameters ? `<${fn.typeParameters.map((t) => t.getText(sourceFile)).join(', ')}>` : ''
  edits.replace(
    fn.getStart(sourceFile),
    fn.body.getStart(sourceFile),
    `${asyncText}${typeParams}(${paramText})${returnType} => `,
  )
  for (const keyword of usage.thisKeywords) edits.replace(keyword.getStart(sourceFile), keyword.getEnd(), name)
  return []
}
