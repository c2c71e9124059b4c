// Checks the TypeScript the migration writes with TypeScript's own parser and checker before it is
// written: syntax errors, and the errors that stop a module from loading (a name declared twice,
// await outside async, yield outside a generator, break outside a loop, assignment to a constant).
import ts from 'typescript'

export interface EmitProblem {
  /** 1-based line in the checked text. */
  line: number
  message: string
}

// Checker errors after which Vite/esbuild refuses the module or it throws while loading.
const LOAD_ERRORS = new Set([
  1107, // break/continue outside a loop or to a missing label
  1108, // return outside a function
  1163, // yield outside a generator
  1308, // await outside async
  2300, // duplicate identifier
  2323, // cannot redeclare exported variable
  2393, // duplicate function implementation
  2440, // import conflicts with a local declaration
  2451, // cannot redeclare block-scoped variable
  2588, // assignment to a constant
  2632, // assignment to an import
  2660, // super outside a method
  2703, // delete of a bare identifier
  17013, // new.target outside a function
])

const options: ts.CompilerOptions = {
  noLib: true,
  noEmit: true,
  noResolve: true,
  types: [],
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  alwaysStrict: true,
}

const position = (source: ts.SourceFile, d: ts.Diagnostic): EmitProblem => ({
  line: d.start === undefined ? 1 : source.getLineAndCharacterOfPosition(d.start).line + 1,
  message: `TS${d.code}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
})

function parse(text: string): ts.SourceFile {
  return ts.createSourceFile('module.ts', text, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS)
}

/** Syntax errors only (cheap: a parse), for one function's text. */
export function syntaxProblems(text: string): EmitProblem[] {
  const source = parse(text)
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? []
  return diagnostics.map((d) => position(source, d))
}

/** Syntax errors and the checker errors that stop a module from loading, for a whole module. */
export function loadProblems(text: string): EmitProblem[] {
  const source = parse(text)
  const host = ts.createCompilerHost(options)
  host.getSourceFile = (name) => (name === 'module.ts' ? source : undefined)
  host.fileExists = (name) => name === 'module.ts'
  host.readFile = () => undefined
  const program = ts.createProgram(['module.ts'], options, host)
  const diagnostics = [
    ...program.getSyntacticDiagnostics(source),
    ...program.getSemanticDiagnostics(source).filter((d) => LOAD_ERRORS.has(d.code)),
  ]
  return diagnostics.map((d) => position(source, d))
}
