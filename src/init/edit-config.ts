// Adds brine() to an existing Vite/Vitest config: finds the config object with the TypeScript
// parser, inserts the import and the plugin call as text, then re-parses the result to check it.
import type TS from 'typescript'

export type ConfigEdit =
  { status: 'edited'; text: string } | { status: 'present' } | { status: 'unsupported'; reason: string }

const IMPORT = "import { brine } from 'brine/plugin'"

export function addBrineToConfig(ts: typeof TS, fileName: string, text: string): ConfigEdit {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true)
  if (/['"]brine\/plugin['"]/.test(text)) return { status: 'present' }
  const config = findConfigObject(ts, source)
  if (!config) return { status: 'unsupported', reason: 'no `export default defineConfig({ ... })` or object found' }
  const edits: { at: number; insert: string }[] = []
  const plugins = config.properties.find((p) => p.name?.getText(source) === 'plugins')
  if (plugins) {
    const list = ts.isPropertyAssignment(plugins) ? plugins.initializer : undefined
    if (!list || !ts.isArrayLiteralExpression(list)) {
      return { status: 'unsupported', reason: '`plugins` is not an array literal' }
    }
    const last = list.elements[list.elements.length - 1]
    edits.push(last ? { at: last.getEnd(), insert: ', brine()' } : { at: list.getStart(source) + 1, insert: 'brine()' })
  } else {
    const open = config.getStart(source) + 1
    const first = config.properties[0]
    const multiline = first ? text.slice(open, first.getStart(source)).includes('\n') : false
    const insert = multiline
      ? `\n${lineIndent(text, first!.getStart(source))}plugins: [brine()],`
      : first
        ? ' plugins: [brine()],'
        : '\n  plugins: [brine()],\n'
    edits.push({ at: open, insert })
  }
  const imports = source.statements.filter(ts.isImportDeclaration)
  const lastImport = imports[imports.length - 1]
  edits.push(lastImport ? { at: lastImport.getEnd(), insert: `\n${IMPORT}` } : { at: 0, insert: `${IMPORT}\n` })
  let result = text
  for (const edit of edits.sort((a, b) => b.at - a.at)) {
    result = result.slice(0, edit.at) + edit.insert + result.slice(edit.at)
  }
  const problem = verify(ts, fileName, result)
  return problem ? { status: 'unsupported', reason: problem } : { status: 'edited', text: result }
}

/** The object passed to defineConfig/defineProject in the default export, or the exported object. */
export function findConfigObject(ts: typeof TS, source: TS.SourceFile): TS.ObjectLiteralExpression | undefined {
  const exported = source.statements.find(ts.isExportAssignment)?.expression
  if (!exported) return undefined
  if (ts.isObjectLiteralExpression(exported)) return exported
  let found: TS.ObjectLiteralExpression | undefined
  const visit = (node: TS.Node): void => {
    if (found) return
    if (ts.isCallExpression(node) && /^define(Config|Project)$/.test(node.expression.getText())) {
      const arg = node.arguments[0]
      if (arg && ts.isObjectLiteralExpression(arg)) found = arg
      return
    }
    ts.forEachChild(node, visit)
  }
  visit(exported)
  return found
}

/** Why the edited text is wrong, or undefined when it parses and calls brine() among the plugins. */
function verify(ts: typeof TS, fileName: string, text: string): string | undefined {
  const output = ts.transpileModule(text, { fileName, reportDiagnostics: true })
  const error = output.diagnostics?.[0]
  if (error) return `the edit would not parse: ${ts.flattenDiagnosticMessageText(error.messageText, '\n')}`
  const config = findConfigObject(ts, ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true))
  const plugins = config?.properties.find((p) => ts.isPropertyAssignment(p) && p.name.getText() === 'plugins')
  const hasCall =
    plugins &&
    ts.isPropertyAssignment(plugins) &&
    ts.isArrayLiteralExpression(plugins.initializer) &&
    plugins.initializer.elements.some((e) => e.getText() === 'brine()')
  return hasCall ? undefined : 'the edit did not end up in the plugins array'
}

function lineIndent(text: string, at: number): string {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1
  return /^[ \t]*/.exec(text.slice(lineStart))![0]
}
