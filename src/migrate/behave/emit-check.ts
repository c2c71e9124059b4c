// Checks the TypeScript the migration writes with TypeScript's own parser and binder before it is
// written: syntax errors, and what stops a module from loading (a name declared twice, await
// outside async, yield outside a generator, break outside a loop).
import ts from 'typescript'

export interface EmitProblem {
  /** 1-based line in the checked text. */
  line: number
  message: string
}

const position = (source: ts.SourceFile, start: number | undefined, message: string): EmitProblem => ({
  line: start === undefined ? 1 : source.getLineAndCharacterOfPosition(start).line + 1,
  message,
})

const fromDiagnostic = (source: ts.SourceFile, d: ts.Diagnostic): EmitProblem =>
  position(source, d.start, `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`)

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('module.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
}

function syntaxProblems(source: ts.SourceFile): EmitProblem[] {
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? []
  return diagnostics.map((d) => fromDiagnostic(source, d))
}

// TypeScript's binder (exported, though not documented) reports names declared twice.
const bindSourceFile = (
  ts as unknown as { bindSourceFile?: (file: ts.SourceFile, options: ts.CompilerOptions) => void }
).bindSourceFile

/**
 * Syntax errors and what stops a module from loading: names declared twice (TypeScript's binder),
 * await outside async, yield outside a generator, break/continue outside a loop, return outside a
 * function. Cheap enough to run on every module the migration writes.
 */
export function loadProblems(text: string): EmitProblem[] {
  const source = parse(text)
  const problems = syntaxProblems(source)
  if (problems.length) return problems
  if (bindSourceFile) {
    bindSourceFile(source, { target: ts.ScriptTarget.ES2022 })
    const bind = (source as unknown as { bindDiagnostics?: ts.Diagnostic[] }).bindDiagnostics ?? []
    problems.push(...bind.map((d) => fromDiagnostic(source, d)))
  }
  problems.push(...misplaced(source))
  return problems.sort((a, b) => a.line - b.line)
}

interface Context {
  async: boolean
  generator: boolean
  inFunction: boolean
  loops: number
}

/** await, yield, break, continue and return where they are not allowed. */
function misplaced(source: ts.SourceFile): EmitProblem[] {
  const out: EmitProblem[] = []
  const visit = (node: ts.Node, at: Context): void => {
    if (ts.isFunctionLike(node) && !ts.isPropertySignature(node)) {
      const modifiers = ts.canHaveModifiers(node) ? (ts.getModifiers(node) ?? []) : []
      const inner: Context = {
        async: modifiers.some((m) => m.kind === ts.SyntaxKind.AsyncKeyword),
        generator: 'asteriskToken' in node && node.asteriskToken !== undefined,
        inFunction: true,
        loops: 0,
      }
      ts.forEachChild(node, (child) => visit(child, inner))
      return
    }
    if (ts.isAwaitExpression(node) && !at.async && at.inFunction)
      out.push(position(source, node.getStart(), 'await outside an async function'))
    if (ts.isYieldExpression(node) && !at.generator)
      out.push(position(source, node.getStart(), 'yield outside a generator function'))
    if ((ts.isBreakStatement(node) || ts.isContinueStatement(node)) && !node.label && at.loops === 0)
      out.push(position(source, node.getStart(), `${ts.isBreakStatement(node) ? 'break' : 'continue'} outside a loop`))
    if (ts.isReturnStatement(node) && !at.inFunction)
      out.push(position(source, node.getStart(), 'return outside a function'))
    const loop = ts.isIterationStatement(node, false) || ts.isSwitchStatement(node)
    ts.forEachChild(node, (child) => visit(child, loop ? { ...at, loops: at.loops + 1 } : at))
  }
  visit(source, { async: false, generator: false, inFunction: false, loops: 0 })
  return out
}
