// Parses a JavaScript or TypeScript file with the TypeScript compiler and reports the first
// syntax error as file:line, so a migrator can skip that file and go on with the rest.
import ts from 'typescript'

export interface ParsedSource {
  sourceFile: ts.SourceFile
  /** The first syntax error, if any. */
  error?: { line: number; message: string }
}

export function parseSource(fileName: string, text: string): ParsedSource {
  const kind = /\.[cm]?tsx?$/.test(fileName) ? ts.ScriptKind.TS : ts.ScriptKind.JS
  const sourceFile = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind)
  // The compiler keeps syntax errors on the source file; no program is needed to read them.
  const diagnostics = (sourceFile as unknown as { parseDiagnostics?: ts.Diagnostic[] }).parseDiagnostics ?? []
  const first = diagnostics[0]
  if (!first) return { sourceFile }
  const line = sourceFile.getLineAndCharacterOfPosition(first.start ?? 0).line + 1
  return { sourceFile, error: { line, message: ts.flattenDiagnosticMessageText(first.messageText, '\n') } }
}

/** 1-based line of a node's first token. */
export function lineOf(node: ts.Node): number {
  const sourceFile = node.getSourceFile()
  return sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1
}
