// A moved file's relative imports: those between moved files keep their specifier (the layout
// is kept under the output folder); those to files left in place are re-pointed at them.
import { statSync } from 'node:fs'
import { dirname, relative, resolve } from 'node:path'
import ts from 'typescript'
import { TextEdits } from './text-edits.js'

const extensions = ['', '.ts', '.js', '.mjs', '.mts', '.cjs', '.cts', '/index.ts', '/index.js']

/** The existing file a relative specifier names, trying TypeScript's `.js` → `.ts` mapping too. */
function resolveRelative(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier)
  const candidates = extensions.map((ext) => base + ext)
  if (/\.[cm]?js$/.test(base)) candidates.push(base.replace(/js$/, 'ts'))
  return candidates.find((c) => statSync(c, { throwIfNoEntry: false })?.isFile())
}

/** Every relative module specifier in a file: imports, re-exports, import() and require(). */
function relativeSpecifiers(sourceFile: ts.SourceFile): ts.StringLiteralLike[] {
  const found: ts.StringLiteralLike[] = []
  const visit = (node: ts.Node): void => {
    let spec: ts.Expression | undefined
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      spec = node.moduleSpecifier
    else if (ts.isCallExpression(node) && node.arguments.length === 1) {
      const callee = node.expression
      if (callee.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(callee) && callee.text === 'require')) {
        spec = node.arguments[0]
      }
    }
    if (spec && ts.isStringLiteralLike(spec) && spec.text.startsWith('.')) found.push(spec)
    node.forEachChild(visit)
  }
  visit(sourceFile)
  return found
}

export function relocateImports(sourceFile: ts.SourceFile, from: string, to: string, moved: Set<string>): string {
  const edits = new TextEdits()
  for (const spec of relativeSpecifiers(sourceFile)) {
    const target = resolveRelative(from, spec.text)
    if (target && moved.has(target)) continue
    let next = relative(dirname(to), resolve(dirname(from), spec.text))
      .split('\\')
      .join('/')
    if (!next.startsWith('.')) next = `./${next}`
    edits.replace(spec.getStart(sourceFile) + 1, spec.getEnd() - 1, next)
  }
  return edits.apply(sourceFile.text)
}
