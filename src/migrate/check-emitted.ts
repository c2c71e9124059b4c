// Every file a migration writes is parsed again and bound by TypeScript before it is written: a
// syntax error or a name declared twice would stop the whole suite from loading (Vite rejects
// it), so it is reported with the file and line instead of found at run time.
import ts from 'typescript'
import type { PlannedFile, SourceError } from './migration.js'

/** Duplicate identifier, block-scoped redeclaration, duplicate function, import conflicting with a declaration. */
const DUPLICATES = new Set([2300, 2451, 2393, 2440])

export function checkEmitted(files: readonly PlannedFile[], rel: (file: string) => string): SourceError[] {
  const scripts = files.filter((f) => /\.[cm]?[jt]sx?$/.test(f.path))
  const byName = new Map(scripts.map((f) => [f.path, f.content]))
  const options: ts.CompilerOptions = { noResolve: true, noLib: true, allowJs: true, noEmit: true, types: [] }
  const host = ts.createCompilerHost(options)
  host.getSourceFile = (name, target) => {
    const text = byName.get(name)
    return text === undefined ? undefined : ts.createSourceFile(name, text, target, true)
  }
  host.fileExists = (name) => byName.has(name)
  host.readFile = (name) => byName.get(name)
  const program = ts.createProgram([...byName.keys()], options, host)
  const errors: SourceError[] = []
  for (const sourceFile of program.getSourceFiles()) {
    const diagnostics = [
      ...program.getSyntacticDiagnostics(sourceFile),
      ...program.getSemanticDiagnostics(sourceFile).filter((d) => DUPLICATES.has(d.code)),
    ]
    for (const diagnostic of diagnostics) {
      const line = sourceFile.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line + 1
      const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')
      errors.push({ file: rel(sourceFile.fileName), line, message: `the migrated file does not load: ${message}` })
    }
  }
  return errors
}
