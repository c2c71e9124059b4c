// Rewrites a reference to a name that was renamed on its way to module level; returns false for
// any other identifier.
import ts from 'typescript'
import type { TextEdits } from '../cucumber-js/text-edits.js'
import type { SpecModel } from './spec-model.js'

export interface RenameEdits {
  edits: TextEdits
}

export function renameRef(node: ts.Identifier, model: SpecModel, checker: ts.TypeChecker, refs: RenameEdits): boolean {
  const shorthand = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
  const target = shorthand ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node)
  if (!target) return false
  const replacement = model.renames.get(target)
  if (replacement === undefined) return false
  refs.edits.replace(
    node.getStart(model.sourceFile),
    node.getEnd(),
    shorthand ? `${node.text}: ${replacement}` : replacement,
  )
  return true
}

/** Rewrites every such reference under `node`. */
export function renameRefs(node: ts.Node, model: SpecModel, checker: ts.TypeChecker, refs: RenameEdits): void {
  if (ts.isIdentifier(node)) renameRef(node, model, checker, refs)
  node.forEachChild((child) => renameRefs(child, model, checker, refs))
}

export function indentOf(node: ts.Node, sourceFile: ts.SourceFile): string {
  const start = node.getStart(sourceFile)
  const lineStart = sourceFile.text.lastIndexOf('\n', start - 1) + 1
  return /^[ \t]*/.exec(sourceFile.text.slice(lineStart))![0]
}

/** Moves lines after the first `indent` to the left, so nested code lands at column 0. */
export function dedent(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line, i) => (i > 0 && line.startsWith(indent) ? line.slice(indent.length) : line))
    .join('\n')
}
