// Parses Python source with tree-sitter-python (WebAssembly), loaded once per process. The
// migrator only ever reads Python this way: never with regular expressions, never by running it.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { Language, Parser, type Node } from 'web-tree-sitter'

export type PyNode = Node

export interface ParsedPython {
  root: PyNode
  /** The first syntax error, 1-based, when the source does not parse. */
  error?: { line: number; column: number; message: string }
}

let parser: Promise<Parser> | undefined

function loadParser(): Promise<Parser> {
  parser ??= (async () => {
    await Parser.init()
    const require = createRequire(import.meta.url)
    const wasm = join(dirname(require.resolve('tree-sitter-python/package.json')), 'tree-sitter-python.wasm')
    const language = await Language.load(wasm)
    return new Parser().setLanguage(language)
  })()
  return parser
}

export async function parsePython(source: string): Promise<ParsedPython> {
  const tree = (await loadParser()).parse(source)
  if (!tree) throw new Error('tree-sitter returned no tree')
  const root = tree.rootNode
  if (!root.hasError) return { root }
  const bad = firstError(root)!
  const message = bad.isMissing ? `missing ${bad.type}` : `invalid syntax near ${JSON.stringify(bad.text.slice(0, 30))}`
  return { root, error: { line: bad.startPosition.row + 1, column: bad.startPosition.column + 1, message } }
}

function firstError(node: PyNode): PyNode | undefined {
  if (node.isError || node.isMissing) return node
  for (const child of node.children) {
    if (child?.hasError || child?.isMissing) return firstError(child)
  }
  return undefined
}

/** The named children of a node, without nulls and comments. */
export function kids(node: PyNode): PyNode[] {
  return node.namedChildren.filter((n): n is PyNode => n !== null && n.type !== 'comment')
}

/** The 1-based line a node starts on. */
export const lineOf = (node: PyNode): number => node.startPosition.row + 1

export function field(node: PyNode, name: string): PyNode | undefined {
  return node.childForFieldName(name) ?? undefined
}
