// Rewrites a reference to vitest-cucumber's `context` (→ the World) or to a name that was renamed
// on its way to module level; returns false when the identifier is neither.
import ts from 'typescript'
import type { TextEdits } from '../cucumber-js/text-edits.js'
import type { SpecModel } from './spec-model.js'

export interface WorldRefs {
  edits: TextEdits
  /** Set when the code uses the World (through `context`). */
  usesWorld: boolean
}

export function rewriteWorldRef(
  node: ts.Identifier,
  model: SpecModel,
  checker: ts.TypeChecker,
  refs: WorldRefs,
): boolean {
  const shorthand = ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node
  const target = shorthand ? checker.getShorthandAssignmentValueSymbol(node.parent) : checker.getSymbolAtLocation(node)
  if (!target) return false
  const replacement = model.renames.get(target) ?? (model.contexts.has(target) ? 'world' : undefined)
  if (replacement === undefined) return false
  if (replacement === 'world') refs.usesWorld = true
  refs.edits.replace(
    node.getStart(model.sourceFile),
    node.getEnd(),
    shorthand ? `${node.text}: ${replacement}` : replacement,
  )
  return true
}

/** Rewrites every such reference under `node`. */
export function rewriteWorldRefs(node: ts.Node, model: SpecModel, checker: ts.TypeChecker, refs: WorldRefs): void {
  if (ts.isIdentifier(node)) rewriteWorldRef(node, model, checker, refs)
  node.forEachChild((child) => rewriteWorldRefs(child, model, checker, refs))
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
