// Keeps code that cannot be converted: the statement becomes a comment under a TODO line, in
// the statement's own indentation, so nothing is lost and the file still runs.
import type ts from 'typescript'
import type { TextEdits } from './text-edits.js'

export function commentOut(statement: ts.Node, todo: string, edits: TextEdits, sourceFile: ts.SourceFile): void {
  const start = statement.getStart(sourceFile)
  const lineStart = sourceFile.text.lastIndexOf('\n', start - 1) + 1
  const indent = /^[ \t]*/.exec(sourceFile.text.slice(lineStart, start))![0]
  const lines = statement.getText(sourceFile).split('\n')
  const body = lines.map((line, i) => `${i === 0 ? '' : indent}// ${i === 0 ? line : line.replace(indent, '')}`)
  edits.replace(start, statement.getEnd(), `// TODO(brine): ${todo}\n${indent}${body.join('\n')}`)
}
